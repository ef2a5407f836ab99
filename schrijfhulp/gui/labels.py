"""Dutch names for the kinds of findings and for the platforms' states, translated in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from schrijfhulp.core.findings import Finding, Kind, Severity

# Spelling hints (a word the dictionary does not know but that is probably
# right: a name, a new compound, an English word) get their own quiet group and underline: only
# errors are Spelfouten.
SPELLING_HINT = "spelling_hint"

# Order of the groups (kinds and the spelling hints) in the findings list, what needs fixing
# first; also the order of painting.
GROUP_ORDER: tuple[str, ...] = (
    Kind.SPELLING,
    Kind.GRAMMAR,
    Kind.PLATFORM,
    Kind.HOUSE_STYLE,
    Kind.STYLE,
    SPELLING_HINT,
    Kind.READABILITY,
    Kind.TYPOGRAPHY,
)


def finding_group(finding: Finding) -> str:
    """The group a finding is listed and painted in: its kind, or the spelling hints."""
    if finding.kind is Kind.SPELLING and finding.severity is Severity.HINT:
        return SPELLING_HINT
    return str(finding.kind)


def group_label(group: str) -> str:
    """Plural heading for a group in the findings list."""
    if group == SPELLING_HINT:
        return QCoreApplication.translate("Labels", "Onbekende woorden")
    return kind_group_label(Kind(group))


def finding_label(finding: Finding) -> str:
    """Singular name of a finding's group, for a tooltip: "Onbekend woord: …"."""
    if finding_group(finding) == SPELLING_HINT:
        return QCoreApplication.translate("Labels", "Onbekend woord")
    return kind_label(finding.kind)


def kind_group_label(kind: Kind) -> str:
    """Plural heading for a group in the findings list."""
    labels = {
        Kind.SPELLING: QCoreApplication.translate("Labels", "Spelfouten"),
        Kind.GRAMMAR: QCoreApplication.translate("Labels", "Taalfouten"),
        Kind.STYLE: QCoreApplication.translate("Labels", "Schrijftips"),
        Kind.TYPOGRAPHY: QCoreApplication.translate("Labels", "Leestekens en opmaak"),
        Kind.READABILITY: QCoreApplication.translate("Labels", "Leesbaarheid"),
        Kind.PLATFORM: QCoreApplication.translate("Labels", "Past niet op het platform"),
        Kind.HOUSE_STYLE: QCoreApplication.translate("Labels", "Huisstijl"),
    }
    return labels[kind]


def kind_label(kind: Kind) -> str:
    """Singular name, for a tooltip: "Spelfout: …"."""
    labels = {
        Kind.SPELLING: QCoreApplication.translate("Labels", "Spelfout"),
        Kind.GRAMMAR: QCoreApplication.translate("Labels", "Taalfout"),
        Kind.STYLE: QCoreApplication.translate("Labels", "Schrijftip"),
        Kind.TYPOGRAPHY: QCoreApplication.translate("Labels", "Leestekens en opmaak"),
        Kind.READABILITY: QCoreApplication.translate("Labels", "Leesbaarheid"),
        Kind.PLATFORM: QCoreApplication.translate("Labels", "Platform"),
        Kind.HOUSE_STYLE: QCoreApplication.translate("Labels", "Huisstijl"),
    }
    return labels[kind]
