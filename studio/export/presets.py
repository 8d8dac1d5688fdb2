"""What the next tool in line imports: ESP merge tags, SMS gateway columns, scheduler CSV formats.

Each preset is data with the documentation it follows (``source``): an email service provider's
unsubscribe merge tag (written where the template has its unsubscribe link, so every recipient
gets their own), an SMS gateway's per-recipient import columns, and a social media scheduler's
bulk-import CSV (headers, date format, one file per profile or not, images by public URL).
``docs/export.md`` lists them for users; an unknown name is a usage error naming the known ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.errors import Problem, StudioError


@dataclass(frozen=True)
class EspPreset:
    """An email service provider: how its templates ask for the recipient's unsubscribe link."""

    name: str
    label: str
    unsubscribe: str
    source: str


@dataclass(frozen=True)
class SmsGateway:
    """An SMS gateway's recipient import: one row per recipient, phone in E.164."""

    name: str
    label: str
    header: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Scheduler:
    """A social media scheduler's bulk-import CSV.

    ``header``: the first row (``()``: the format has none). ``columns`` says what each column
    holds: ``datetime``, ``date``, ``time``, ``text``, ``link``, ``image``, ``network``.
    ``datetime_format``: strftime for ``datetime``/``date``/``time`` columns (``date``+``time``
    split it at the space). ``utc``: times converted to UTC. ``per_profile``: one file per network
    (the scheduler imports a file into the profiles chosen at upload). ``images``: the format can
    carry an image URL (posts that need one, Instagram's, are left out when it cannot).
    ``min_gap_minutes``: the least time the scheduler accepts between two posts of one import.
    """

    name: str
    label: str
    header: tuple[str, ...]
    columns: tuple[str, ...]
    datetime_format: str
    source: str
    utc: bool = False
    per_profile: bool = True
    images: bool = True
    min_gap_minutes: int = 10


ESP_PRESETS: dict[str, EspPreset] = {
    p.name: p
    for p in (
        EspPreset(
            "mailchimp",
            "Mailchimp",
            "*|UNSUB|*",
            "Mailchimp help, 'The Unsubscribe Merge Tag' and 'HTML code for footer tags' "
            '(<a href="*|UNSUB|*">Unsubscribe</a>): kb.mailchimp.com/tag/unsubscribe; '
            "mailchimp.com/help/about-forwarded-campaigns-and-unsubscribes/",
        ),
        EspPreset(
            "brevo",
            "Brevo (Sendinblue)",
            "{{ unsubscribe }}",
            "Brevo campaign templates' built-in unsubscribe placeholder {{ unsubscribe }} "
            '(<a href="{{ unsubscribe }}">), as Brevo integrations in public repositories use it; '
            "Brevo's help page on it was not in the reference index (checked 2026-12-06). "
            "Transactional templates use [UNSUBSCRIBE] instead: "
            "help.sendinblue.com/hc/en-us/articles/209502605",
        ),
        EspPreset(
            "sfmc",
            "Salesforce Marketing Cloud",
            "%%unsub_center_url%%",
            "Marketing Cloud personalization string %%unsub_center_url%% (one-click unsubscribe), "
            "with %%profile_center_url%% and %%subscription_center_url%%: Salesforce's "
            "AMPscript preference-centre test email (gist.github.com/wvpv/f8ef7644ce806125d0b4)",
        ),
        EspPreset(
            "mautic",
            "Mautic",
            "{unsubscribe_url}",
            "Mautic email token {unsubscribe_url} (and {unsubscribe_text}); Mautic's own tests keep it "
            "out of click tracking (mautic/mautic TrackableModelTest::testIgnoredTokensAreNotConverted) "
            "and its issue #8329 names {unsubscribe_text}",
        ),
    )
}

SMS_GATEWAYS: dict[str, SmsGateway] = {
    g.name: g
    for g in (
        SmsGateway(
            "generic",
            "Generic (To,Body)",
            ("To", "Body"),
            "The common bulk-send shape: To in E.164 (ITU-T E.164, +<country><number>), Body the text",
        ),
    )
}

SCHEDULERS: dict[str, Scheduler] = {
    s.name: s
    for s in (
        Scheduler(
            "hootsuite",
            "Hootsuite bulk composer",
            header=(),
            columns=("datetime", "text", "link"),
            datetime_format="%d/%m/%Y %H:%M",
            images=False,
            source="Hootsuite bulk message upload: a CSV of up to 350 rows, no header, three columns "
            "(date and time in 24-hour form, dd/mm/yyyy hh:mm or mm/dd/yyyy hh:mm as chosen at upload; "
            "message; optional link), one file per social profile chosen at upload "
            "(jycalcano.blogspot.com/2015/07/post-8-hootsuite-bulk-messaging.html; "
            "gussetbeard.com/bulk-update-algo/; kim-iverson-headlee.blogspot.com/2016/08/"
            "the-business-of-writing-using-hootsuite.html). No image column: Instagram is left out.",
        ),
        Scheduler(
            "sprout",
            "Sprout Social bulk scheduling",
            header=("date", "time_24hr", "message_text", "link", "image_url"),
            columns=("date", "time", "text", "link", "image"),
            datetime_format="%d/%m/%Y %H:%M",
            source="Sprout Social, 'How do I use bulk scheduling?' "
            "(support.sproutsocial.com/hc/en-us/articles/115005864203): case-sensitive headers "
            "date (dd/mm/yyyy or mm/dd/yyyy, chosen at import), time_24hr, message_text; messages at "
            "least 10 minutes apart; up to 350 per import; profiles chosen at import. link and "
            "image_url are the optional columns of Sprout's sample template (images by public URL).",
        ),
        Scheduler(
            "ayrshare",
            "Ayrshare bulk post",
            header=("post", "platforms", "mediaUrls", "scheduleDate"),
            columns=("text", "network", "image", "datetime"),
            datetime_format="%Y-%m-%dT%H:%M:%SZ",
            utc=True,
            per_profile=False,
            source="Ayrshare API, Bulk Post (ayrshare.com/docs/apis/post/bulk-post): CSV fields post, "
            "platforms (twitter, facebook, instagram, linkedin), mediaUrls (public URL), "
            "scheduleDate in UTC as YYYY-MM-DDThh:mm:ssZ.",
        ),
    )
}

#: Scheduler names of the networks (Ayrshare's ``platforms`` values).
NETWORK_NAMES = {"x": "twitter", "instagram": "instagram", "facebook": "facebook", "linkedin": "linkedin"}


def _unknown(kind: str, name: str, known: dict[str, object], option: str) -> StudioError:
    message = f"unknown {kind} {name!r} (one of {', '.join(sorted(known))})"
    return StudioError(message, problems=[Problem(message, field=option)])


def esp_preset(name: str | None) -> EspPreset | None:
    """The ESP preset called ``name`` (None: none chosen); :class:`StudioError` when unknown."""
    if not name:
        return None
    preset = ESP_PRESETS.get(name.strip().lower())
    if preset is None:
        raise _unknown("ESP preset", name, dict(ESP_PRESETS), "--esp")
    return preset


def sms_gateway(name: str | None) -> SmsGateway:
    """The SMS gateway preset called ``name`` (default: generic); :class:`StudioError` when unknown."""
    gateway = SMS_GATEWAYS.get((name or "generic").strip().lower())
    if gateway is None:
        raise _unknown("SMS gateway preset", name or "", dict(SMS_GATEWAYS), "--sms-gateway")
    return gateway


def scheduler(name: str | None) -> Scheduler | None:
    """The scheduler preset called ``name`` (None: none chosen); :class:`StudioError` when unknown."""
    if not name:
        return None
    preset = SCHEDULERS.get(name.strip().lower())
    if preset is None:
        raise _unknown("scheduler preset", name, dict(SCHEDULERS), "--scheduler")
    return preset
