"""The window's small dialogs: a new campaign, preferences, and the save conflict."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from studio.errors import ConflictError
from studio.identity import local_user
from studio.model.campaign import Channel

#: Locales offered for a new campaign, Spanish first.
NEW_CAMPAIGN_LOCALES = ("es-ES", "es-MX", "es-AR", "es-CO", "es-US", "en-US", "en-GB", "pt-BR", "ca-ES")


def locale_name(tag: str, ui_language: str | None = None) -> str:
    """``es-MX`` → ``español (México)`` in the interface language (Babel's CLDR names)."""
    from studio.model.names import locale_name as name_of

    ui = ui_language or QLocale().name().split("_")[0] or "en"
    name = name_of(tag, ui)
    return f"{name} · {tag}" if name != tag else tag


def channel_label(channel: str) -> str:
    """A channel id as the interface language names it."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "email": QCoreApplication.translate("Channel", "Email"),
        "sms": QCoreApplication.translate("Channel", "SMS"),
        "post.x": QCoreApplication.translate("Channel", "X"),
        "post.instagram": QCoreApplication.translate("Channel", "Instagram"),
        "post.facebook": QCoreApplication.translate("Channel", "Facebook"),
        "post.linkedin": QCoreApplication.translate("Channel", "LinkedIn"),
        "signage": QCoreApplication.translate("Channel", "Signage"),
        "whatsapp": QCoreApplication.translate("Channel", "WhatsApp"),
        "push": QCoreApplication.translate("Channel", "Push notification"),
        "staff": QCoreApplication.translate("Channel", "Staff brief"),
        "web": QCoreApplication.translate("Channel", "Web"),
    }
    return labels.get(channel, channel)


@dataclass(frozen=True)
class NewCampaign:
    name: str
    locales: list[str]
    channels: list[str]


class NewCampaignDialog(QDialog):
    """Name, locales (the first checked is the primary) and channels of a new campaign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Campaign name"))
        self.name.setPlaceholderText(self.tr("e.g. Winter breakfasts"))
        self.primary = QComboBox()
        self.primary.setAccessibleName(self.tr("Primary locale"))
        for tag in NEW_CAMPAIGN_LOCALES:
            self.primary.addItem(locale_name(tag), tag)
        self.locale_boxes: dict[str, QCheckBox] = {}
        locales = QGridLayout()
        for i, tag in enumerate(NEW_CAMPAIGN_LOCALES):
            box = QCheckBox(locale_name(tag))
            box.setAccessibleName(locale_name(tag))
            box.setChecked(tag in ("es-ES", "en-US"))
            self.locale_boxes[tag] = box
            locales.addWidget(box, i // 3, i % 3)
        self.channel_boxes: dict[str, QCheckBox] = {}
        channels = QGridLayout()
        for i, channel in enumerate(Channel):
            box = QCheckBox(channel_label(channel.value))
            box.setAccessibleName(channel_label(channel.value))
            box.setChecked(channel in (Channel.EMAIL, Channel.SMS, Channel.INSTAGRAM))
            self.channel_boxes[channel.value] = box
            channels.addWidget(box, i // 4, i % 4)
        self.error = QLabel()
        self.error.setStyleSheet("color: palette(highlight)")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        primary_label = QLabel(self.tr("&Primary locale:"))
        primary_label.setBuddy(self.primary)
        form.addRow(primary_label, self.primary)
        form.addRow(self.tr("Locales:"), _wrap(locales))
        form.addRow(self.tr("Channels:"), _wrap(channels))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def value(self) -> NewCampaign:
        primary = self.primary.currentData()
        others = [t for t, box in self.locale_boxes.items() if box.isChecked() and t != primary]
        channels = [c for c, box in self.channel_boxes.items() if box.isChecked()]
        return NewCampaign(self.name.text().strip(), [primary, *others], channels)

    def _accept(self) -> None:
        value = self.value()
        if not value.name:
            self.error.setText(self.tr("Give the campaign a name."))
            self.name.setFocus()
            return
        if not value.channels:
            self.error.setText(self.tr("Choose at least one channel."))
            return
        self.accept()


def _wrap(layout: QGridLayout) -> QWidget:
    box = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box


@dataclass(frozen=True)
class Preferences:
    language: str | None  # None: follow the system
    theme: str  # "system", "light", "dark"
    #: the name the audit log records on this computer (None: the account's; settings ``user_name``)
    user_name: str | None = None


class PreferencesDialog(QDialog):
    """Interface language, colour scheme and the name the audit log records on this computer."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("Same as the system"), None)
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        self.theme.addItem(self.tr("Same as the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(self.theme.findData(current.theme), 0))
        self.user_name = QLineEdit(current.user_name or "")
        self.user_name.setAccessibleName(self.tr("Your name"))
        self.user_name.setPlaceholderText(local_user()[0] if not current.user_name else "")
        self.user_name.setToolTip(
            self.tr("The name history and the audit log record for you (a team database records your login).")
        )
        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        theme_label = QLabel(self.tr("&Colours:"))
        theme_label.setBuddy(self.theme)
        form.addRow(theme_label, self.theme)
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.user_name)
        form.addRow(name_label, self.user_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> Preferences:
        return Preferences(
            self.language.currentData(), self.theme.currentData(), self.user_name.text().strip() or None
        )


class ConflictBox(QMessageBox):
    """Someone saved a newer revision: reload theirs, or keep mine as the newest revision."""

    def __init__(self, exc: ConflictError, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Someone else changed this campaign"))
        who = getattr(exc, "saved_by", None)
        if who:
            text = self.tr("{2} saved “{0}” while you were editing (now revision {1}).").format(
                name, exc.current_version, who
            )
        else:
            text = self.tr(
                "“{0}” was saved by someone else while you were editing (now revision {1})."
            ).format(name, exc.current_version)
        self.setText(text)
        self.setInformativeText(
            self.tr(
                "Nothing has been overwritten. Reload their version (your edits are dropped), or keep yours "
                "as a new revision on top of theirs (theirs stays in the history)."
            )
        )
        self.reload_button = self.addButton(self.tr("Reload theirs"), QMessageBox.ButtonRole.DestructiveRole)
        self.keep_button = self.addButton(
            self.tr("Keep mine as a new revision"), QMessageBox.ButtonRole.AcceptRole
        )
        self.later_button = self.addButton(self.tr("Decide later"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)

    def choice(self) -> str:
        """``reload``, ``keep`` or ``later``, after exec()."""
        clicked = self.clickedButton()
        if clicked is self.reload_button:
            return "reload"
        if clicked is self.keep_button:
            return "keep"
        return "later"
