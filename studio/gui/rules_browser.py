"""The brand's rules, browsable: styles → rules, what ``studio.ini`` makes of each, and its YAML.

A brand manager turns a rule on or off, or changes its level, for every channel or for one;
each change writes one line of ``brand_rules/studio.ini`` (:func:`studio.rules.ini_edit.set_rule_state`)
and emits :attr:`RulesBrowser.rulesChanged` so the window checks the open campaign again. A rule
file that does not load is a red row with its ``file:line`` problem, never a crash.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTextEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from studio.errors import Problem, StudioError
from studio.gui import naming
from studio.model import names
from studio.model.finding import Severity
from studio.rules.catalog import ALL, RuleCatalog, RuleEntry, StyleEntry, load_catalog
from studio.rules.ini_edit import set_rule_state
from studio.workspace import Workspace

RULE_ID = Qt.ItemDataRole.UserRole + 1
STYLE_NAME = Qt.ItemDataRole.UserRole + 2
#: what the search box matches: the texts shown and the rule's id
SEARCH = Qt.ItemDataRole.UserRole + 3
COLUMNS = 5  # rule, level, kind, category, message


def _searchable(row: list[QStandardItem], *extra: str) -> list[QStandardItem]:
    """Let the search box find ``row`` by what it shows and by ``extra`` (the rule's id)."""
    words = " ".join([*(cell.text() for cell in row), *extra])
    for cell in row:
        cell.setData(words, SEARCH)
    return row


def error_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """A red text colour and a faint red background that read on the palette's base (light or dark)."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    text = QColor("#ff8a80") if dark else QColor("#b3261e")
    tint = QColor(text)
    tint.setAlpha(48 if dark else 28)
    return text, tint


class LineNumberedView(QPlainTextEdit):
    """Read-only source with line numbers in a gutter (the YAML of a rule)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._scroll_gutter)
        self._update_margin()

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return self.fontMetrics().horizontalAdvance("9") * (digits + 2)

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def mark_line(self, line: int | None, color: QColor) -> None:
        """Tint one line (1-based) — where a rule file's problem is; ``None`` clears."""
        if line is None or line < 1 or line > self.blockCount():
            self.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(color)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(self.document().findBlockByNumber(line - 1))
        selection.cursor = cursor
        self.setExtraSelections([selection])
        self.setTextCursor(cursor)
        self.centerCursor()

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = self._gutter.width() - self.fontMetrics().horizontalAdvance("9") // 2
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                painter.drawText(
                    0, top, width, height, Qt.AlignmentFlag.AlignRight, str(block.blockNumber() + 1)
                )
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()


class _Gutter(QWidget):
    def __init__(self, view: LineNumberedView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self) -> QSize:
        return QSize(self._view.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view.paint_gutter(event)


class RulesBrowser(QWidget):
    """Styles → rules of a workspace's ``brand_rules/``, with a detail pane and, when ``editable``,
    the switches that write ``studio.ini``."""

    rulesChanged = Signal()  # studio.ini was changed from here (the window re-checks the campaign)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.editable = editable
        self.catalog: RuleCatalog | None = None
        self._building = False
        self._current: str | None = None

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setAccessibleName(self.tr("Problems with the brand rules"))
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(self.fontMetrics().height() // 3)
        self.banner.hide()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter rules (id, message, kind…)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter rules"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Channel whose rules are shown"))
        self.scope.setToolTip(self.tr("studio.ini can turn rules on and off for every channel or for one"))
        scope_label = QLabel(self.tr("&Channel:"))
        scope_label.setBuddy(self.scope)
        self.reload_button = QToolButton()
        self.reload_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.reload_button.setToolTip(self.tr("Read the rule files again"))
        self.reload_button.setAccessibleName(self.tr("Reload the rules"))
        self.reload_button.clicked.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(scope_label)
        bar.addWidget(self.scope)
        bar.addWidget(self.reload_button)

        self.model = QStandardItemModel(0, COLUMNS, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Level"), self.tr("Kind"), self.tr("Category"), self.tr("Message")]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterRole(SEARCH)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Brand rules"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.search.textChanged.connect(self._filter)
        self.model.itemChanged.connect(self._item_changed)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.scope.currentIndexChanged.connect(self._scope_changed)

        self._build_detail()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.read_only_note = QLabel(self.tr("Read-only: only a brand manager changes the brand rules."))
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setAccessibleName(self.tr("Read-only"))
        self.read_only_note.setVisible(not editable)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.read_only_note)
        layout.addWidget(splitter, 1)
        self.reload()

    # -- building ---------------------------------------------------------------------------------

    def _build_detail(self) -> None:
        self.detail = QWidget()
        self.title = QLabel()
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title.setFont(title_font)
        self.title.setAccessibleName(self.tr("Rule"))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("What studio.ini makes of the rule"))
        self.errors_label = QLabel()
        self.errors_label.setWordWrap(True)
        self.errors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_label.setAccessibleName(self.tr("Why the rule does not load"))
        self.errors_label.hide()

        self.enabled_box = QCheckBox(self.tr("&Enabled"))
        self.enabled_box.setAccessibleName(self.tr("Rule enabled"))
        self.enabled_box.toggled.connect(self._enabled_toggled)
        self.level_box = QComboBox()
        self.level_box.setAccessibleName(self.tr("Rule level"))
        self.level_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level_box.activated.connect(self._level_chosen)
        self.controls = QWidget()
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.enabled_box)
        level_label = QLabel(self.tr("&Level:"))
        level_label.setBuddy(self.level_box)
        controls.addSpacing(self.fontMetrics().height())
        controls.addWidget(level_label)
        controls.addWidget(self.level_box)
        controls.addStretch(1)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (
            ("message", self.tr("Message")),
            ("description", self.tr("Description")),
            ("link", self.tr("Link")),
            ("kind", self.tr("Kind")),
            ("category", self.tr("Category")),
            ("channels", self.tr("Channels")),
            ("locales", self.tr("Locales")),
            ("file", self.tr("File")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setAccessibleName(label)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            if key == "link":
                value.setOpenExternalLinks(True)
            form.addRow(label + ":", value)
            self.fields[key] = value

        self.source = LineNumberedView()
        self.source.setAccessibleName(self.tr("Rule file source"))
        source_label = QLabel(self.tr("Source"))
        source_label.setBuddy(self.source)

        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.state_label)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.controls)
        layout.addLayout(form)
        layout.addWidget(source_label)
        layout.addWidget(self.source, 1)
        self._show_rule(None)

    def _scope_label(self, scope: str) -> str:
        labels = {
            ALL: self.tr("Every channel"),
            "email": self.tr("Email"),
            "sms": self.tr("SMS"),
            "post.*": self.tr("Every social post"),
            "post.x": self.tr("X"),
            "post.instagram": self.tr("Instagram"),
            "post.facebook": self.tr("Facebook"),
            "post.linkedin": self.tr("LinkedIn"),
            "signage": self.tr("Signage"),
        }
        return labels.get(scope, f"[{scope}]")

    def _kind_label(self, kind: str) -> str:
        """A rule kind (Vale's ``extends``, or the studio's own) as the interface language says it."""
        labels = {
            "existence": self.tr("existence"),
            "shouting": self.tr("shouting"),
            "substitution": self.tr("substitution"),
            "occurrence": self.tr("occurrence"),
            "repetition": self.tr("repetition"),
            "consistency": self.tr("consistency"),
            "conditional": self.tr("conditional"),
            "capitalization": self.tr("capitalization"),
            "spelling": self.tr("spelling"),
            "sequence": self.tr("sequence"),
            "metric": self.tr("metric"),
            "script": self.tr("script"),
            "limit": self.tr("limit"),
            "required": self.tr("required"),
            "formality": self.tr("formality"),
            "language": self.tr("language"),
            "pricehistory": self.tr("price history"),
        }
        return labels.get(kind, kind)

    def _category_label(self, category: str) -> str:
        labels = {
            "channel": self.tr("channel"),
            "consistency": self.tr("consistency"),
            "language": self.tr("language"),
            "policy": self.tr("policy"),
            "tone": self.tr("tone"),
        }
        return labels.get(category, category)

    def _level_label(self, level: Severity | None) -> str:
        labels = {
            Severity.SUGGESTION: self.tr("suggestion"),
            Severity.WARNING: self.tr("warning"),
            Severity.ERROR: self.tr("error"),
        }
        return labels[level] if level is not None else ""

    @property
    def current_scope(self) -> str:
        data = self.scope.currentData()
        return data if isinstance(data, str) else ALL

    def reload(self) -> None:
        """Read ``studio.ini`` and every rule file again (after a change on disk)."""
        keep_scope = self.current_scope
        try:
            self.catalog = load_catalog(self.workspace.brand_rules)
        except (OSError, StudioError) as exc:  # a folder that vanished, permissions…
            self.catalog = None
            self._show_banner([Problem(getattr(exc, "message", None) or str(exc))])
            self.model.removeRows(0, self.model.rowCount())
            self._show_rule(None)
            return
        self._building = True
        try:
            self.scope.clear()
            for scope in self.catalog.scopes():
                self.scope.addItem(self._scope_label(scope), scope)
            index = self.scope.findData(keep_scope)
            self.scope.setCurrentIndex(max(0, index))
        finally:
            self._building = False
        self._fill()
        broken = [r for r in self.catalog.rules if not r.loaded]
        if broken and not self.catalog.problems:
            self._show_banner(
                [Problem(p.message, file=p.file, line=p.line) for r in broken for p in r.errors[:1]],
                headline=self.tr("Rule files that do not load never run (%n):", "", len(broken)),
            )
        else:
            self._show_banner(self.catalog.problems + [p for r in broken for p in r.errors[:1]])

    def _show_banner(self, problems: list[Problem], *, headline: str | None = None) -> None:
        if not problems and headline is None:
            self.banner.hide()
            return
        text, tint = error_colors(self.palette())
        lines = [headline or self.tr("studio.ini has problems (those settings are ignored):")]
        lines += [self._where(p) for p in problems]
        self.banner.setText("\n".join(lines))
        self.banner.setStyleSheet(
            f"QLabel {{ color: {text.name()}; background-color: {tint.name(QColor.NameFormat.HexArgb)}; }}"
        )
        self.banner.show()

    def _fill(self) -> None:
        assert self.catalog is not None
        selected = self._current
        self._building = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            for style in self.catalog.styles:
                self.model.appendRow(self._style_row(style))
        finally:
            self._building = False
        self.tree.expandAll()
        self._current = None
        if selected is not None:
            self.select_rule(selected)
        if self._current is None:
            self._show_rule(None)

    def _style_row(self, style: StyleEntry) -> list[QStandardItem]:
        name = QStandardItem(names.style_name(style.name, naming.ui_language()))
        name.setToolTip(style.name)
        name.setData(style.name, STYLE_NAME)
        name.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon))
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        count = len(style.rules)
        note = self.tr("%n rule(s)", "", count)
        if not style.switchable:
            note = self.tr("%n rule(s) · studio checks, on unless switched off", "", count)
        elif style.path is None:
            note = self.tr("%n rule(s) · built into the studio", "", count)
        row = [name, QStandardItem(), QStandardItem(), QStandardItem(), QStandardItem(note)]
        for item in row:
            item.setEditable(False)
        _searchable(row, style.name)
        for rule in style.rules:
            name.appendRow(self._rule_row(rule))
        return row

    def _rule_row(self, rule: RuleEntry) -> list[QStandardItem]:
        assert self.catalog is not None
        scope = self.current_scope
        item = QStandardItem(self._title(rule))
        item.setData(rule.id, RULE_ID)
        level = QStandardItem()
        kind = QStandardItem(self._kind_label(rule.kind))
        kind.setToolTip(f"extends: {rule.kind}" if rule.kind else "")
        category = QStandardItem(self._category_label(rule.category))
        category.setToolTip(f"category: {rule.category}" if rule.category else "")
        message = QStandardItem(
            names.rule_message(rule.id, rule.message, naming.ui_language(), rule.messages)
        )
        row = [item, level, kind, category, message]
        for cell in row:
            cell.setEditable(False)
            cell.setData(rule.id, RULE_ID)
        if not rule.loaded:
            text, tint = error_colors(self.palette())
            problem = rule.errors[0]
            where = self.tr("line {0}: ").format(problem.line) if problem.line else ""
            message.setText(where + problem.message)
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            item.setToolTip(self.tr("This rule does not load, so it never runs:\n{0}").format(problem))
            for cell in row:
                cell.setForeground(text)
                cell.setBackground(tint)
            level.setText(self._level_label(rule.level))
            return _searchable(row, rule.id)
        state = self.catalog.state(rule, scope)
        level.setText(self._level_label(state.level))
        item.setToolTip(f"{rule.id}\n{rule.description}".strip())
        if rule.description:
            message.setToolTip(rule.description)
        item.setCheckable(self.editable and rule.switchable)  # the box shows either way
        item.setCheckState(Qt.CheckState.Checked if state.enabled else Qt.CheckState.Unchecked)
        applies = scope not in _channels() or rule.applies_to(scope)
        if not state.enabled or not applies:
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for cell in row:
                cell.setForeground(grey)
        if state.level != rule.level and state.enabled:
            font = level.font()
            font.setItalic(True)
            level.setFont(font)
            level.setToolTip(
                self.tr("Changed in studio.ini (the rule file says {0})").format(
                    self._level_label(rule.level)
                )
            )
        return _searchable(row, rule.id)

    def _title(self, rule: RuleEntry) -> str:
        return names.rule_title(rule.id, naming.ui_language(), names.rule_titles(self.workspace.brand_rules))

    # -- reacting ---------------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def _scope_changed(self, _index: int) -> None:
        if not self._building and self.catalog is not None:
            self._fill()

    def select_rule(self, rule_id: str) -> bool:
        """Select ``rule_id`` in the tree (and show it); False when it is not listed (or filtered out)."""
        for row in range(self.model.rowCount()):
            style = self.model.item(row)
            for child in range(style.rowCount()):
                item = style.child(child)
                if item.data(RULE_ID) == rule_id:
                    index = self.proxy.mapFromSource(item.index())
                    if not index.isValid():
                        return False
                    self.tree.setCurrentIndex(index)
                    return True
        return False

    def _current_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        rule_id = current.data(RULE_ID) if current.isValid() else None
        self._show_rule(self._entry(rule_id) if isinstance(rule_id, str) else None)

    def _entry(self, rule_id: str) -> RuleEntry | None:
        if self.catalog is None:
            return None
        try:
            return self.catalog.rule(rule_id)
        except KeyError:
            return None

    def _show_rule(self, rule: RuleEntry | None) -> None:
        self._current = rule.id if rule is not None else None
        self._building = True
        try:
            self._show_rule_fields(rule)
        finally:
            self._building = False

    def _show_rule_fields(self, rule: RuleEntry | None) -> None:
        for label in self.fields.values():
            label.clear()
        self.errors_label.hide()
        self.source.mark_line(None, QColor())
        if rule is None or self.catalog is None:
            self.state_label.show()
            self.controls.show()
            self.title.setText(self.tr("No rule selected"))
            self.state_label.setText(self.tr("Choose a rule to see what it checks and where it is on."))
            self.enabled_box.setEnabled(False)
            self.level_box.setEnabled(False)
            self.level_box.clear()
            self.source.clear()
            return
        self.title.setText(self._title(rule))
        self.title.setToolTip(rule.id)
        fields = self.fields
        fields["message"].setText(
            _plain(names.rule_message(rule.id, rule.message, naming.ui_language(), rule.messages)) or "—"
        )
        fields["description"].setText(_plain(rule.description) or "—")
        if rule.link:
            fields["link"].setText(f'<a href="{_escape(rule.link)}">{_escape(rule.link)}</a>')
        else:
            fields["link"].setText("—")
        fields["kind"].setText(
            _plain(f"{self._kind_label(rule.kind)} (extends: {rule.kind})") if rule.kind else "—"
        )
        fields["category"].setText(_plain(self._category_label(rule.category)) or "—")
        fields["channels"].setText(
            _plain(", ".join(map(naming.channel, rule.channels))) or self.tr("every channel")
        )
        fields["channels"].setToolTip(", ".join(rule.channels))
        fields["locales"].setText(
            _plain(", ".join(map(naming.locale, rule.locales))) or self.tr("every locale")
        )
        fields["locales"].setToolTip(", ".join(rule.locales))
        fields["file"].setText(
            _plain(self._relative(rule.path)) if rule.path else self.tr("built in (no file)")
        )
        self.source.setPlainText(self._source(rule))
        self.level_box.clear()
        for level in Severity:
            name = self._level_label(level)
            if level == rule.level:
                name = self.tr("{0} (the rule file's)").format(name)
            self.level_box.addItem(name, level.value)
        if not rule.loaded:
            text, tint = error_colors(self.palette())
            self.errors_label.setText(
                self.tr("This rule does not load, so it never runs:")
                + "\n"
                + "\n".join(self._problem_line(p) for p in rule.errors)
            )
            self.errors_label.setStyleSheet(f"QLabel {{ color: {text.name()}; }}")
            self.errors_label.show()
            self.source.mark_line(rule.errors[0].line, tint)
            self.state_label.hide()
            self.controls.hide()
            return
        self.state_label.show()
        self.controls.show()
        state = self.catalog.state(rule, self.current_scope)
        self.state_label.setText(self._state_text(rule))
        self.enabled_box.setChecked(state.enabled)
        self.level_box.setCurrentIndex(
            max(0, self.level_box.findData(state.level.value if state.level else ""))
        )
        can_switch = self.editable and rule.switchable
        self.enabled_box.setEnabled(can_switch)
        self.level_box.setEnabled(can_switch and state.enabled)
        self.enabled_box.setText(
            self.tr("&Enabled")
            if self.current_scope == ALL
            else self.tr("&Enabled for {0}").format(self._scope_label(self.current_scope))
        )

    def _problem_line(self, problem: Problem) -> str:
        if problem.line:
            return self.tr("line {0}: {1}").format(problem.line, problem.message)
        return problem.message

    def _where(self, problem: Problem) -> str:
        """``brand_rules/Core/X.yml:5: message`` (paths relative to the workspace)."""
        if problem.file is None:
            return str(problem)
        place = self._relative(Path(problem.file))
        if problem.line:
            place += f":{problem.line}"
        return f"{place}: {problem.message}"

    def _relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.workspace.root).as_posix()
        except ValueError:
            return str(path)

    def _source(self, rule: RuleEntry) -> str:
        if rule.path is None:
            return rule.builtin_source
        try:
            return rule.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            return self.tr("(the file cannot be read: {0})").format(getattr(exc, "strerror", None) or exc)

    def _state_text(self, rule: RuleEntry) -> str:
        assert self.catalog is not None
        scope = self.current_scope
        state = self.catalog.state(rule, scope)
        where = self._scope_label(scope)
        if state.switch is not None:
            section, value = state.switch
            line = f"«[{section}] {rule.id} = {value}»"
            if scope == ALL:
                text = (
                    self.tr("On everywhere: studio.ini says {1}.")
                    if state.enabled
                    else self.tr("Off everywhere: studio.ini says {1}.")
                )
            else:
                text = (
                    self.tr("On for {0}: studio.ini says {1}.")
                    if state.enabled
                    else self.tr("Off for {0}: studio.ini says {1}.")
                )
            text = text.format(where, line)
        elif not state.styles_from:  # a studio check: on unless a line turns it off
            text = (
                self.tr("A studio check: on everywhere unless studio.ini switches it off.")
                if scope == ALL
                else self.tr("A studio check: on for {0} unless studio.ini switches it off.").format(where)
            )
        else:
            section = state.styles_from
            if scope == ALL:
                text = (
                    self.tr("On everywhere: its style {1} is in BasedOnStyles of [{2}].")
                    if state.enabled
                    else self.tr("Off everywhere: its style {1} is not in BasedOnStyles of [{2}].")
                )
            else:
                text = (
                    self.tr("On for {0}: its style {1} is in BasedOnStyles of [{2}].")
                    if state.enabled
                    else self.tr("Off for {0}: its style {1} is not in BasedOnStyles of [{2}].")
                )
            text = text.format(where, rule.style, section)
        if scope != ALL and scope in _channels() and not rule.applies_to(scope):
            text += " " + self.tr("The rule file limits it to {0}, so it never checks this channel.").format(
                ", ".join(rule.channels)
            )
        return text

    def _item_changed(self, item: QStandardItem) -> None:
        if self._building or not item.isCheckable():
            return
        rule = self._entry(str(item.data(RULE_ID)))
        if rule is None:
            return
        enabled = item.checkState() == Qt.CheckState.Checked
        # Later, not inside the item's own signal: applying rebuilds the model (and deletes the item).
        QTimer.singleShot(0, self, lambda: self._apply(rule, enabled=enabled, level=None))

    def _enabled_toggled(self, checked: bool) -> None:
        if self._building or self._current is None:
            return
        rule = self._entry(self._current)
        if rule is not None:
            self._apply(rule, enabled=checked, level=None)

    def _level_chosen(self, index: int) -> None:
        if self._building or self._current is None:
            return
        rule = self._entry(self._current)
        value = self.level_box.itemData(index)
        if rule is not None and isinstance(value, str):
            self._apply(rule, enabled=True, level=Severity(value))

    def set_rule(self, rule_id: str, *, enabled: bool, level: Severity | None = None) -> bool:
        """Switch ``rule_id`` for the current channel scope as the user would (False if refused)."""
        rule = self._entry(rule_id)
        if rule is None:
            return False
        return self._apply(rule, enabled=enabled, level=level)

    def _apply(self, rule: RuleEntry, *, enabled: bool, level: Severity | None) -> bool:
        assert self.catalog is not None
        if not (self.editable and rule.switchable and rule.loaded):
            return False
        scope = self.current_scope
        state = self.catalog.state(rule, scope)
        if level is None and enabled and state.own is not None and state.level != rule.level:
            level = state.level  # turning a rule back on keeps the level this section gave it
        switch = self.catalog.switch_for(rule, scope, enabled=enabled, level=level)
        changed = switch != state.own
        if changed:
            try:
                set_rule_state(self.catalog.ini, rule.id, switch, section=scope)
            except StudioError as exc:
                self._show_banner(
                    exc.problems, headline=self.tr("The change was not saved: {0}").format(exc.message)
                )
                self._fill()
                return False
        self._current = rule.id
        self.reload()
        if changed:
            self.rulesChanged.emit()
        return True


def _channels() -> set[str]:
    from studio.model.campaign import Channel

    return {c.value for c in Channel}


def _escape(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


def _plain(text: str) -> str:
    """Text for a rich-text-capable label, shown as written."""
    return _escape(text).replace("\n", "<br>")
