"""The open campaign: opening and closing it, its checks, saving, conflicts and recovery, the
problems (fixes and waivers, as operations off the GUI thread) and the review panel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studio.errors import StudioError

if TYPE_CHECKING:
    from studio.gui.document import CampaignDocument, Checked
    from studio.model.finding import Finding

from studio.gui.window.base import remember
from studio.gui.window.list_pane import ListPane


class DocumentController(ListPane):
    """The open campaign's document and what follows it (a layer of the main window)."""

    def open_campaign(self, key: str) -> None:
        """Open ``key`` for editing (saving the one open before, without waiting for the database).

        The campaign is read as an operation (off the GUI thread, after the save of the one left);
        meanwhile the editor says it is opening it and takes no edits (:attr:`opening`), then the
        document is built and shown. When operations run inline (tests) it is open on return."""
        from studio.gui.document import CampaignDocument
        from studio.gui.ops import run_op

        if not self.is_attached:  # chosen while the editor loads: opened as soon as it is there
            self._wanted = key
            return
        if (self.doc is not None and self.doc.key == key) or self.opening == key:
            return
        if self.doc is not None:
            self._close_document(wait=False)
        self.opening = key
        self.editor.show_opening(self._campaign_name(key))
        self._update_actions()
        studio = self.studio

        def failed(exc: Exception) -> None:
            from studio.gui.ops import message_of

            if self.opening == key:
                self.opening = None
                self.editor.show_opening(None)
                self._error(self.tr("The campaign cannot be opened"), message_of(exc))

        run_op(
            lambda: CampaignDocument.read(studio, key),
            on_done=lambda opened: self._opened(opened) if self.opening == key else None,
            on_error=failed,
            parent=self,
        )

    def _campaign_name(self, key: str) -> str:
        row = self.model.row_of(key) if self.is_listed else None
        return self.model.summary(row).name if row is not None else key

    def _opened(self, opened: Any) -> None:
        """The campaign was read: build its document and show it (GUI thread)."""
        from studio.gui.document import CampaignDocument

        self.opening = None
        doc = CampaignDocument.build(self.studio, opened, language=self.language, parent=self)
        unfinished = doc.recovered and doc.key in self._kept_unfinished
        self._kept_unfinished = self._kept_unfinished - {doc.key}
        if doc.recovered and doc.stored_data is not None and not unfinished:
            self._ask_recovery(doc)
        self.doc = doc
        doc.checked.connect(self._checked)
        doc.invalid.connect(self._invalid)
        doc.checkFailed.connect(self._check_failed)
        doc.checkFailed.connect(self.previews.show_error)
        doc.saved.connect(self._saved)
        doc.saveFailed.connect(
            lambda message: self.save_label.setText(self.tr("Not saved: {0}").format(message))
        )
        doc.conflicted.connect(self._conflicted)
        doc.dirtyChanged.connect(self._dirty_changed)
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        self.editor.set_document(doc)
        from studio.gui.tasks import after_paint

        channels = _channels(doc.value(("channels",)))
        # the previews' tabs on the next turn: the editor is laid out and painted first
        after_paint(lambda: self.previews.prepare(channels) if self.doc is doc else None, self)
        remember("main/campaign", doc.key)
        if unfinished:
            if doc.campaign() is None:  # still not valid: the label says why, as while it was open
                self._invalid(doc.problems)
            self.statusBar().showMessage(
                self.tr("Your changes to “{0}” are back: it is saved once they are valid.").format(
                    str(doc.value(("name",)) or doc.key)
                ),
                10_000,
            )
        elif doc.recovered:
            self.save_label.setText(self.tr("Recovered unsaved changes"))
            self.statusBar().showMessage(
                self.tr(
                    "Unsaved changes from your last session were recovered; they are saved as you go on."
                ),
                10_000,
            )
        else:
            self.save_label.setText(self.tr("Saved"))
        self._update_actions()
        after_paint(lambda: doc.check_now() if self.doc is doc else None, self)  # the editor shows first
        if doc.recovered:  # the marketer chose Restore: stored now
            doc.save()
        self.campaignOpened.emit(doc.key)

    def _ask_recovery(self, doc: CampaignDocument) -> None:
        """A draft survived a crash: Restore it (kept, saved next) or Discard it (the stored revision)."""
        from studio.gui.recovery import RecoveryBox

        assert doc.stored_data is not None
        box = RecoveryBox(str(doc.stored_data.get("name") or doc.key), doc.stored_data, doc.data, self)
        try:
            choice = self.ask_recovery(box)
        finally:
            box.deleteLater()
        if choice == "discard":
            doc.discard_recovered()

    def ask_recovery(self, box: Any) -> str:
        """Show the Restore/Discard box and return the choice (tests replace this)."""
        box.exec()
        return str(box.choice())

    def _close_document(self, *, clear_panels: bool = True, wait: bool = True) -> None:
        """Save and close the open campaign; ``clear_panels=False`` when the window itself closes
        (its panels go with it: emptying them first is work nobody sees); ``wait=False`` when
        another campaign opens: the save is an operation the GUI thread does not wait for."""
        doc = self.doc
        if doc is None:
            return
        self.editor.commit_entries()
        if doc.dirty and doc.conflict is None and doc.campaign() is None:
            self._keep_unfinished(doc)
        doc.close(
            wait=wait,
            failed_title=self.tr("The campaign you left was not saved: its changes are kept as a draft"),
        )
        self.undo_group.removeStack(doc.undo_stack)
        self.doc = None
        self.editor.set_document(None)
        if clear_panels:
            self.previews.clear()
        doc.deleteLater()

    #: campaigns left in this session with changes not valid yet: their drafts come back as they were
    _kept_unfinished: frozenset[str] = frozenset()

    def _keep_unfinished(self, doc: CampaignDocument) -> None:
        """``doc`` is left with changes that cannot be stored yet (a discount that no longer matches
        the prices…): say so now, and give them back without a question when it is opened again
        (its draft keeps them; the crash-recovery question is for drafts of another session)."""
        from studio.gui.editor import problem_text

        self._kept_unfinished = self._kept_unfinished | {doc.key}
        first = doc.problems[0] if doc.problems else None
        name = str(doc.value(("name",)) or doc.key)
        self.statusBar().showMessage(
            self.tr(
                "“{0}” is not saved yet ({1}): your changes are kept and come back when you open it again."
            ).format(name, problem_text(first) if first is not None else ""),
            15_000,
        )

    def _flush(self) -> None:
        if self.doc is not None:
            self.editor.commit_entries()
            self.doc.flush()

    def _checked(self, result: Checked) -> None:
        doc = self.doc
        if doc is None:
            return
        from studio.gui.tasks import after_paint

        check = result.check
        self.editor.set_findings(check.findings, check.variants)
        # the previews and the problems panel each on a turn of their own (with its layout and
        # painting): one check's result is never one long freeze
        after_paint(lambda: self._checked_previews(doc, result), self)
        after_paint(lambda: self._checked_problems(doc, result), self)

    def _checked_previews(self, doc: CampaignDocument, result: Checked) -> None:
        if self.doc is not doc or doc.last_check is not result:
            return  # another campaign, or a newer check: that one shows
        self.previews.show_check(result.campaign, result.check)
        self.previews.set_findings(result.check.findings)

    def _checked_problems(self, doc: CampaignDocument, result: Checked) -> None:
        if self.doc is not doc or doc.last_check is not result:
            return
        check = result.check
        waivers = result.waivers if result.waivers is not None else self._waivers()  # read with the check
        if result.non_waivable is not None:  # read with the check too
            self._hard_rules = result.non_waivable
        self.problems.set_findings(
            check.findings, waivers, check.rule_problems, self._non_waivable(), campaign=doc.key
        )
        self._schedule_review()

    #: the brand kit's rules no waiver may cover, as the last check read them (None: read here)
    _hard_rules: frozenset[str] | None = None

    def _non_waivable(self) -> frozenset[str]:
        from studio.review.workflow import DEFAULT_NON_WAIVABLE, non_waivable_rules

        if self._hard_rules is not None:
            return self._hard_rules
        try:
            return non_waivable_rules(self.studio.workspace.brand_rules)
        except StudioError:
            return DEFAULT_NON_WAIVABLE

    def _waivers(self) -> list[Any]:
        if self.doc is None:
            return []
        try:
            return list(self.studio.repository.waivers(self.doc.key, include_revoked=False))
        except StudioError:
            return []

    def _invalid(self, problems: list[Any]) -> None:
        first = problems[0] if problems else None
        if first is not None:
            from studio.gui.editor import problem_text

            self.save_label.setText(self.tr("Not saved: {0}").format(problem_text(first)))

    def _check_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("The campaign cannot be checked: {0}").format(message), 15_000)
        self._error(self.tr("The brand kit has a problem"), message, modal=False)

    def _saved(self, version: int) -> None:
        from studio.gui.ops import run_op

        self.save_label.setText(self.tr("Saved · revision {0}").format(version))
        if self.doc is not None:
            repository, key = self.studio.repository, self.doc.key
            run_op(
                lambda: repository.get(key).summary,
                on_done=self.model.update_summary,
                on_error=lambda _exc: None,  # the list row stays as it was; the save itself went through
                parent=self,
            )
            self._review_tab_shown()  # the review tab, when it is on screen, names the same revision

    def _dirty_changed(self, dirty: bool) -> None:
        if dirty and (self.doc is None or self.doc.conflict is None):
            self.save_label.setText(self.tr("Editing…"))

    def _conflicted(self, exc: Any) -> None:
        from studio.gui.dialogs import ConflictBox

        doc = self.doc
        if doc is None:
            return
        self.save_label.setText(self.tr("Not saved: someone else changed this campaign"))
        box = ConflictBox(exc, str(doc.value(("name",)) or doc.key), self)
        choice = self.ask_conflict(box)
        if choice == "reload":
            doc.reload_theirs()
        elif choice == "keep":
            doc.keep_mine()

    def ask_conflict(self, box: Any) -> str:
        """Show the conflict box and return the choice (tests replace this)."""
        box.exec()
        return str(box.choice())

    def _schedule_review(self) -> None:
        if self.is_attached and self.right_tabs.currentWidget() is self.review:
            self._review_timer.start()

    def _review_tab_shown(self) -> None:
        """The review tab came to the front: its report now (an operation), no typing pause to wait for."""
        if self.is_attached and self.right_tabs.currentWidget() is self.review:
            self._review_timer.stop()
            self._refresh_review()

    def _refresh_review(self) -> None:
        doc = self.doc
        if doc is None or doc.last_check is None:
            return
        self.review.show_campaign(doc.key, doc.last_check.check)

    def _review_changed(self) -> None:
        doc = self.doc
        if doc is None:
            return
        self._show_stored(doc, keep_edits=True)

    def _show_stored(self, doc: CampaignDocument, *, keep_edits: bool) -> None:
        """Read the revision a review step or an export just recorded (an operation) and show it;
        the document emits ``saved``: the label and the list show the new revision."""
        from studio.gui.document import document_of
        from studio.gui.ops import run_op

        repository, key = self.studio.repository, doc.key

        def done(stored: Any) -> None:
            if self.doc is doc and (keep_edits or not doc.dirty):
                doc.take_stored(stored.version, document_of(stored.campaign), keep_edits=keep_edits)

        run_op(
            lambda: repository.get(key),
            on_done=done,
            title=self.tr("The campaign cannot be opened"),
            parent=self,
        )

    def _override_edited(self, channel: str, locale: str, field: str, text: str) -> None:
        if self.doc is not None:
            self.doc.set_value(
                ("overrides", channel, locale, field),
                text,
                label=self.tr("Edit {0}").format(naming_field(("overrides", channel, locale, field))),
            )

    def _override_reset(self, channel: str, locale: str, field: str) -> None:
        """Back to the template's text: drop the field, and the override once nothing is left in it."""
        import copy

        doc = self.doc
        if doc is None:
            return
        data = copy.deepcopy(doc.data)
        overrides = data.get("overrides") or {}
        per_locale = overrides.get(channel) or {}
        override = per_locale.get(locale) or {}
        override.pop(field, None)
        if not any(v is not None for v in override.values()):
            per_locale.pop(locale, None)
        if not per_locale:
            overrides.pop(channel, None)
        place = naming_field(("overrides", channel, locale, field))
        doc.replace(data, label=self.tr("Reset {0} to the template").format(place))

    def go_to_checklist_item(self, item: Any) -> None:
        """Show where a readiness checklist item is: its finding's words, or its field."""
        if item.finding is not None:
            self.go_to_finding(item.finding)
        elif item.field:
            self.editor.focus_path(tuple(item.field.split(".")))

    def go_to_finding(self, finding: Finding) -> None:
        """Show where ``finding`` is: the field in the editor, or the variant in its preview."""
        from studio.fixes import locate

        doc = self.doc
        if doc is None or doc.last_check is None:
            return
        where = locate(doc.data, finding, doc.last_check.check.variants)
        if where is not None and self.editor.focus_path(where.path, where.start, where.end):
            return
        if finding.channel and finding.locale:
            self.right_tabs.setCurrentWidget(self.previews)
            self.previews.set_locale(finding.locale)
            self.previews.show_channel(finding.channel)
            if finding.span is not None and finding.field:
                self.previews.select_span(
                    finding.channel, finding.locale, finding.field, finding.span.start, finding.span.end
                )

    def apply_fixes(self, findings: list[Finding]) -> None:
        doc = self.doc
        if doc is None:
            return
        unsafe = any(f.fix is not None and f.fix.applicability.value != "safe" for f in findings)
        applied = doc.apply_fixes(
            findings, unsafe=unsafe, label=self.tr("Apply %n fix(es)", "", len(findings))
        )
        left = len(findings) - len(applied)
        message = self.tr("Applied %n fix(es).", "", len(applied))
        if left:
            message += " " + self.tr(
                "%n fix(es) could not be applied: the words come from a template, not from the campaign.",
                "",
                left,
            )
        self.statusBar().showMessage(message, 8000)

    def fix_all_safe(self) -> None:
        doc = self.doc
        if doc is None or doc.last_check is None:
            return
        safe = [
            f
            for f in doc.last_check.check.findings
            if f.fix is not None and f.fix.applicability.value == "safe"
        ]
        self.apply_fixes(safe)

    def waive(self, finding: Finding, reason: str) -> None:
        """Record a waiver as an operation (off the GUI thread); the panel counts it when stored."""
        from studio.gui.ops import run_op
        from studio.review.workflow import waive

        doc = self.doc
        if doc is None:
            return
        doc.flush()
        repository, key, hard = self.studio.repository, doc.key, self._non_waivable()

        def fn() -> list[Any]:
            waive(repository, key, finding, reason, non_waivable=hard)
            return list(repository.waivers(key, include_revoked=False))

        def done(waivers: list[Any]) -> None:
            from studio.gui import naming

            self._refresh_problems(key, waivers)
            self.statusBar().showMessage(self.tr("Waived: {0}").format(naming.rule(finding.rule)), 6000)

        run_op(fn, on_done=done, title=self.tr("The finding cannot be waived"), parent=self)

    def waive_many(self, findings: list[Finding], reason: str) -> None:
        """Waive several findings with one reason, all or nothing (a rule that can never be waived
        refuses the whole batch, saying which), as one operation."""
        from studio.gui.ops import run_op
        from studio.review.workflow import waive_many

        doc = self.doc
        if doc is None:
            return
        doc.flush()
        repository, key, hard = self.studio.repository, doc.key, self._non_waivable()

        def fn() -> list[Any]:
            waive_many(repository, key, findings, reason, non_waivable=hard)
            return list(repository.waivers(key, include_revoked=False))

        def done(waivers: list[Any]) -> None:
            self._refresh_problems(key, waivers)
            self.statusBar().showMessage(self.tr("Waived: %n finding(s)", "", len(findings)), 6000)

        run_op(fn, on_done=done, title=self.tr("The findings cannot be waived"), parent=self)

    def unwaive(self, waiver_id: int) -> None:
        from studio.gui.ops import run_op

        doc = self.doc
        if doc is None:
            return
        repository, key = self.studio.repository, doc.key

        def fn() -> list[Any]:
            repository.revoke_waiver(key, waiver_id)
            return list(repository.waivers(key, include_revoked=False))

        run_op(
            fn,
            on_done=lambda waivers: self._refresh_problems(key, waivers),
            title=self.tr("The waiver cannot be withdrawn"),
            parent=self,
        )

    def _refresh_problems(self, key: str, waivers: list[Any]) -> None:
        doc = self.doc
        if doc is not None and doc.key == key and doc.last_check is not None:
            check = doc.last_check.check
            self.problems.set_findings(check.findings, waivers, check.rule_problems, self._non_waivable())
            self._schedule_review()

    def _show_counts(self, errors: int, warnings: int, suggestions: int) -> None:
        self.counts_label.setText(
            " · ".join(
                [
                    self.tr("%n error(s)", "", errors),
                    self.tr("%n warning(s)", "", warnings),
                    self.tr("%n suggestion(s)", "", suggestions),
                ]
            )
        )

    def _next_problem(self) -> None:
        self.problems.select_next(1)

    def _previous_problem(self) -> None:
        self.problems.select_next(-1)

    def new_campaign(self) -> None:
        from studio.gui.dialogs import NewCampaignDialog

        dialog = NewCampaignDialog(self)
        if not self.run_dialog(dialog):
            return
        value = dialog.value()
        self.create_campaign(value.name, value.locales, value.channels)

    def create_campaign(self, name: str, locales: list[str], channels: list[str]) -> str | None:
        """Create a starter campaign (an operation), then list it and open it.

        Returns its key when the operation ran inline (tests), else None: it opens when stored."""
        from studio import clock
        from studio.gui.campaign_model import read_first_page
        from studio.gui.ops import run_op
        from studio.model.starter import starter_campaign

        brand = self.studio.workspace.brand
        repository, now = self.studio.repository, clock.now()
        created: list[str] = []

        def fn() -> tuple[Any, list[str], tuple[int, list[Any]]]:
            campaign = starter_campaign(
                name=name,
                brand=brand.name,
                locales=locales,
                channels=channels,
                website=brand.website,
                now=now,
            )
            stored = repository.create(campaign, note="created in the studio")
            # the list it is shown in, unfiltered, read here too: not on the GUI thread
            return stored, repository.locales_in_use(), read_first_page(repository)

        def done(result: tuple[Any, list[str], tuple[int, list[Any]]]) -> None:
            stored, tags, (total, rows) = result
            created.append(stored.key)
            self._search_timer.stop()
            for box in (self.search, self.status_filter, self.locale_filter):
                box.blockSignals(True)  # all filters off at once, and the list shown as read
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self._fill_locales(tags)
            self.locale_filter.setCurrentIndex(0)
            for box in (self.search, self.status_filter, self.locale_filter):
                box.blockSignals(False)
            self._filter_reads += 1  # a search still being read is out of date
            self.model.show(total, rows, search="", status=None, locale=None)
            self._update_count()
            from studio.gui.tasks import after_paint

            # the list as it is now on this turn; the campaign left closes and the new one opens on the next
            after_paint(lambda: self.select_campaign(stored.key), self)

        run_op(fn, on_done=done, title=self.tr("The campaign cannot be created"), parent=self)
        return created[0] if created else None  # known at once when operations run inline (tests)

    def save_now(self) -> None:
        if self.doc is not None:
            self.editor.commit_entries()
        if self.doc is not None and self.doc.flush():
            self.statusBar().showMessage(self.tr("Saved."), 3000)


def naming_field(path: tuple[str, ...]) -> str:
    from studio.gui import naming

    return naming.field(path)


def _channels(value: Any) -> list[Any]:
    """The channels a campaign document names (unknown ones skipped: the check reports them)."""
    from studio.model.campaign import Channel

    known = {c.value: c for c in Channel}
    return [known[v] for v in value if isinstance(v, str) and v in known] if isinstance(value, list) else []
