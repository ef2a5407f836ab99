"""Dutch names for the kinds of findings and for the platforms' states, translated in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from schrijfhulp.core.findings import Kind

# Order of the groups in the findings list: what needs fixing first.
KIND_ORDER: tuple[Kind, ...] = (
    Kind.SPELLING,
    Kind.GRAMMAR,
    Kind.PLATFORM,
    Kind.HOUSE_STYLE,
    Kind.STYLE,
    Kind.READABILITY,
    Kind.TYPOGRAPHY,
)


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
