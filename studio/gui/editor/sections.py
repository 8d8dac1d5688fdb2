"""The fact sheet's sections: campaign, offer, call to action (each control bound to its path)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.gui.dialogs import channel_label, locale_name
from studio.gui.editor.bindings import PRINT_SIZES, EditorBindings
from studio.gui.editor.widgets import (
    AssetPickerDialog,
    _blend,
    _dark,
    _ui_language,
    severity_color,
    thumbnail_later,
)
from studio.model.campaign import Channel, Where
from studio.model.finding import Severity
from studio.text.fields import (
    COMMON_CURRENCIES,
    COMMON_ZONES,
    all_zones,
    cta_from_text,
    cta_text,
    currency_names,
    hashtags_from_text,
    hashtags_text,
    promo_from_text,
)


class EditorSections(EditorBindings):
    """Builds the sections and shows the values that need more than a text."""

    def _section(self, title: str) -> QVBoxLayout:
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setAccessibleName(title)
        if self.form_layout.count() > 1:
            line = QFrame()
            line.setFixedHeight(1)
            palette = self.palette()
            rule = _blend(
                palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
            )
            line.setStyleSheet(f"background: {rule.name()}; border: none;")
            self.form_layout.addSpacing(self.gap)
            self.form_layout.addWidget(line)
        self.form_layout.addWidget(heading)
        body = QVBoxLayout()
        body.setSpacing(self.gap)
        self.form_layout.addLayout(body)
        return body

    def _build_campaign(self) -> None:
        body = self._section(self.tr("Campaign"))
        self.name_field = self.text_row(body, ("name",), self.tr("&Name"), single_line=True, limit=200)
        self.objective_field = self.text_row(
            body, ("objective",), self.tr("Ob&jective"), single_line=False, lines=2, limit=2000
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.gap * 2)
        grid.setVerticalSpacing(self.gap)
        body.addLayout(grid)
        self.brand_label = QLabel()
        self.brand_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._row(grid, self.tr("Brand"), self.brand_label, cell=(0, 0))
        self.status_badge = QLabel()
        self.status_badge.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status_badge.setToolTip(self.tr("The status changes only through review."))
        self._row(grid, self.tr("Status"), self.status_badge, cell=(0, 1))
        self._bind(("status",), self.status_badge, self._show_status)

        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(COMMON_ZONES)
        completer = QCompleter(sorted(all_zones()), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)
        self._row(grid, self.tr("Time &zone"), self.timezone_combo, cell=(1, 0))
        self.timezone_combo.currentTextChanged.connect(
            lambda text: self._write(("timezone",), text.strip()) if text.strip() else None
        )
        self._bind(
            ("timezone",), self.timezone_combo, lambda v: self._show_combo_text(self.timezone_combo, v)
        )

        self.primary_combo = QComboBox()
        self._row(grid, self.tr("Primary &locale"), self.primary_combo, cell=(1, 1))
        self.primary_combo.activated.connect(
            lambda i: self._write(("primary_locale",), self.primary_combo.itemData(i), merge=False)
        )
        self._bind(("primary_locale",), self.primary_combo, self._show_primary, depends=[("locales",)])
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _build_offer(self) -> None:
        body = self._section(self.tr("Offer"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.gap * 2)
        grid.setVerticalSpacing(self.gap)
        body.addLayout(grid)
        self.price_field = self._amount_row(grid, ("offer", "price"), self.tr("&Price"), (0, 0))
        self.original_price_field = self._amount_row(
            grid, ("offer", "original_price"), self.tr("Price &before"), (0, 1)
        )
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill_currencies()
        self._row(grid, self.tr("Currenc&y"), self.currency_combo, cell=(1, 0))
        self.currency_combo.activated.connect(
            lambda i: self._write(("offer", "currency"), self.currency_combo.itemData(i), merge=False)
        )
        self._bind(("offer", "currency"), self.currency_combo, self._show_currency)
        self.discount_field = self._amount_row(
            grid, ("offer", "discount_percent"), self.tr("Discoun&t (%)"), (1, 1), digits=None
        )
        self.promo_field = self.text_row(
            grid,
            ("offer", "promo_code"),
            self.tr("Pro&mo code"),
            single_line=True,
            to_doc=promo_from_text,
            cell=(2, 0),
        )
        self.promo_field.textChanged.connect(self._upper_promo)
        self.promo_field.setPlaceholderText(self.tr("e.g. BF26"))
        # Spain's policy pack: the previous price of a reduction is the lowest of the last 30 days
        self.lowest_price_field = self._amount_row(
            grid, ("offer", "lowest_price_30d"), self.tr("Lowest price, last &30 days"), (2, 1)
        )
        self.lowest_price_field.setToolTip(
            self.tr(
                "The lowest price charged in the 30 days before the offer. In Spain (EU Omnibus directive) "
                "the price shown as 'before' must be this one."
            )
        )
        self.valid_from_edit = self._date_row(grid, ("offer", "valid_from"), self.tr("Val&id from"), (3, 0))
        self.valid_until_edit = self._date_row(
            grid, ("offer", "valid_until"), self.tr("Valid &until"), (3, 1)
        )
        self.zone_hint = QLabel()
        self.zone_hint.setWordWrap(True)
        hint = self.zone_hint.palette()
        hint.setColor(QPalette.ColorRole.WindowText, hint.color(QPalette.ColorRole.PlaceholderText))
        self.zone_hint.setPalette(hint)
        grid.addWidget(self.zone_hint, 4, 0, 1, 2)
        self._bind(("timezone",), self.zone_hint, self._show_zone_hint)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        places = QWidget()
        row = QHBoxLayout(places)
        row.setContentsMargins(0, 0, 0, 0)
        names = {
            Where.STORES: self.tr("In stores"),
            Where.ONLINE: self.tr("Online"),
            Where.APP: self.tr("In the app"),
        }
        self.applies_boxes = self._check_group(row, ("offer", "applies_in"), names)
        self._row(body, self.tr("Where it can be redeemed"), places)
        first = next(iter(self.applies_boxes.values()))
        places.setFocusProxy(first)
        self._bind(("offer", "applies_in"), places, lambda v: self._show_checks(self.applies_boxes, v))

    def _build_cta(self) -> None:
        body = self._section(self.tr("Call to action"))
        self.url_field = self.text_row(
            body,
            ("cta",),  # the whole object: no URL is no call to action (cta: null)
            self.tr("Landin&g page URL"),
            single_line=True,
            to_doc=cta_from_text,
            from_doc=cta_text,
        )
        self.url_field.setPlaceholderText("https://…")

        self.hashtags_field = self.text_row(
            body,
            ("hashtags",),
            self.tr("Hashtags"),
            single_line=True,
            to_doc=hashtags_from_text,
            from_doc=hashtags_text,
        )
        self.hashtags_field.setPlaceholderText(self.tr("#CafeAurora, #BlackFriday"))
        self._build_hero(body)
        self._build_channels(body)

    def _build_hero(self, body: QVBoxLayout) -> None:
        image = QWidget()
        row = QHBoxLayout(image)
        row.setContentsMargins(0, 0, 0, 0)
        self.hero_thumb = QLabel()
        height = self.fontMetrics().height() * 4
        self.hero_thumb.setFixedSize(int(height * 1.5), height)
        self.hero_thumb.setFrameShape(QFrame.Shape.StyledPanel)
        self.hero_thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hero_thumb.setAccessibleName(self.tr("Hero image preview"))
        self.hero_name = QLabel()
        self.hero_name.setWordWrap(True)
        self.hero_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon), self.tr("Choose…")
        )
        self.hero_button.setAccessibleName(self.tr("Choose the hero image"))
        self.hero_button.clicked.connect(self.choose_hero_image)
        self.hero_clear = QToolButton()
        self.hero_clear.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton))
        self.hero_clear.setToolTip(self.tr("No hero image"))
        self.hero_clear.setAccessibleName(self.tr("Remove the hero image"))
        self.hero_clear.clicked.connect(lambda: self._write(("hero_image",), None, merge=False))
        side = QVBoxLayout()
        side.addWidget(self.hero_name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hero_button)
        buttons.addWidget(self.hero_clear)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addStretch(1)
        row.addWidget(self.hero_thumb)
        row.addLayout(side, 1)
        image.setFocusProxy(self.hero_button)
        self._row(body, self.tr("Hero image"), image)
        self.hero_button.setAccessibleName(self.tr("Choose the hero image"))
        self._bind(("hero_image",), image, self._show_hero)

    def _build_channels(self, body: QVBoxLayout) -> None:
        channels = QWidget()
        grid = QGridLayout(channels)
        grid.setContentsMargins(0, 0, 0, 0)
        names = {channel: channel_label(channel.value) for channel in Channel}
        self.channel_boxes = self._check_group(grid, ("channels",), names, columns=4)
        channels.setFocusProxy(next(iter(self.channel_boxes.values())))
        self._row(body, self.tr("Channels"), channels)
        self._bind(("channels",), channels, self._show_channels)

        self.sizes_widget = QWidget()
        sizes = QHBoxLayout(self.sizes_widget)
        sizes.setContentsMargins(0, 0, 0, 0)
        self.size_boxes: dict[str, QCheckBox] = {}
        for size in PRINT_SIZES:
            box = QCheckBox(size)
            box.setAccessibleName(self.tr("Print size %1").replace("%1", size))
            box.toggled.connect(self._sizes_toggled)
            sizes.addWidget(box)
            self.size_boxes[size] = box
        sizes.addStretch(1)
        self.sizes_widget.setFocusProxy(self.size_boxes["A4"])
        self.sizes_row = QWidget()
        holder = QVBoxLayout(self.sizes_row)
        holder.setContentsMargins(0, 0, 0, 0)
        self._row(holder, self.tr("Print sizes"), self.sizes_widget)
        body.addWidget(self.sizes_row)
        self._bind(("print_sizes",), self.sizes_widget, self._show_sizes)

    def _show_channels(self, value: Any) -> None:
        self._show_checks(self.channel_boxes, value)
        self.sizes_row.setVisible(Channel.SIGNAGE.value in (value or []))

    def _fill_currencies(self) -> None:
        for code, name in currency_names(_ui_language()):
            self.currency_combo.addItem(f"{code} — {name}", code)
            if code == COMMON_CURRENCIES[-1]:
                self.currency_combo.insertSeparator(self.currency_combo.count())
        completer = self.currency_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _show_currency(self, value: Any) -> None:
        index = self.currency_combo.findData(value)
        if index >= 0:
            if self.currency_combo.currentIndex() != index:
                self.currency_combo.setCurrentIndex(index)
        else:
            self.currency_combo.setCurrentText("" if value is None else str(value))

    def _show_primary(self, value: Any) -> None:
        tags = list((self.doc.value(("locales",)) or {}).keys()) if self.doc is not None else []
        ui = _ui_language()
        if [self.primary_combo.itemData(i) for i in range(self.primary_combo.count())] != tags:
            self.primary_combo.clear()
            for tag in tags:
                self.primary_combo.addItem(locale_name(tag, ui), tag)
        index = self.primary_combo.findData(value)
        if index != self.primary_combo.currentIndex():
            self.primary_combo.setCurrentIndex(index)

    def _show_status(self, value: Any) -> None:
        names = {
            "draft": self.tr("Draft"),
            "in_review": self.tr("In review"),
            "approved": self.tr("Approved"),
            "exported": self.tr("Exported"),
        }
        text = names.get(str(value), str(value))
        palette = self.palette()
        accent = {
            "draft": palette.color(QPalette.ColorRole.PlaceholderText),
            "in_review": severity_color(Severity.WARNING, palette),
            "approved": QColor("#2e9d57") if not _dark(palette) else QColor("#5cd08a"),
            "exported": severity_color(Severity.SUGGESTION, palette),
        }.get(str(value), palette.color(QPalette.ColorRole.PlaceholderText))
        pad = max(2, self.gap // 3)
        self.status_badge.setText(text)
        self.status_badge.setAccessibleName(self.tr("Status: %1").replace("%1", text))
        self.status_badge.setStyleSheet(
            f"color: {accent.name()}; border: 1px solid {accent.name()}; border-radius: {pad * 2}px;"
            f" padding: {pad}px {pad * 3}px;"
        )
        self.status_badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def _show_zone_hint(self, value: Any) -> None:
        try:
            zone = ZoneInfo(str(value))
        except (ValueError, ZoneInfoNotFoundError):
            self.zone_hint.setText("")
            return
        from studio import clock

        offset = clock.now().astimezone(zone).strftime("%z")  # today's offset of the zone
        self.zone_hint.setText(
            self.tr("Dates and times in %1 (UTC%2)")
            .replace("%1", str(value))
            .replace("%2", f"{offset[:3]}:{offset[3:]}")
        )

    def _upper_promo(self) -> None:
        text = self.promo_field.toPlainText()
        if text != text.upper() and not self._updating:
            cursor = self.promo_field.textCursor()
            position = cursor.position()
            self.promo_field.setPlainText(text.upper())  # writes the upper-case code (merges)
            cursor = self.promo_field.textCursor()
            cursor.setPosition(position)
            self.promo_field.setTextCursor(cursor)

    def _show_hero(self, value: Any) -> None:
        self.hero_clear.setEnabled(bool(value))
        if not value:
            self.hero_thumb.setPixmap(QPixmap())
            self.hero_thumb.setText(self.tr("No image"))
            self.hero_name.setText(self.tr("No hero image chosen"))
            return
        self.hero_name.setText(str(value))
        try:
            file = self.studio.workspace.asset(str(value))
        except StudioError as exc:
            self.hero_thumb.setPixmap(QPixmap())
            self.hero_thumb.setText(self.tr("Missing"))
            self.hero_name.setText(f"{value}\n{exc.message}")
            return
        ratio = self.devicePixelRatioF()
        thumb = self.hero_thumb

        def show(pixmap: QPixmap) -> None:  # read on a worker the first time (a photo can be big)
            if shiboken6.isValid(thumb) and self.hero_name.text() == str(value):  # still that image
                pixmap.setDevicePixelRatio(ratio)
                thumb.setPixmap(pixmap)

        thumb.clear()
        thumbnail_later(file, thumb.size() * ratio, show)

    def make_asset_picker(self) -> AssetPickerDialog:
        current = self.doc.value(("hero_image",)) if self.doc is not None else None
        return AssetPickerDialog(self.studio.workspace.assets, current, self)

    def choose_hero_image(self) -> None:
        dialog = self.make_asset_picker()
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and (chosen := dialog.selected()):
                self._write(("hero_image",), chosen, merge=False)
        finally:
            dialog.deleteLater()
