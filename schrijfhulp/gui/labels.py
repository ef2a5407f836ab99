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
    tr = QCoreApplication.translate
    labels = {
        Kind.SPELLING: tr("Labels", "Spelfouten"),
        Kind.GRAMMAR: tr("Labels", "Taalfouten"),
        Kind.STYLE: tr("Labels", "Schrijftips"),
        Kind.TYPOGRAPHY: tr("Labels", "Leestekens en opmaak"),
        Kind.READABILITY: tr("Labels", "Leesbaarheid"),
        Kind.PLATFORM: tr("Labels", "Past niet op het platform"),
        Kind.HOUSE_STYLE: tr("Labels", "Huisstijl"),
    }
    return labels[kind]


def kind_label(kind: Kind) -> str:
    """Singular name, for a tooltip: "Spelfout: …"."""
    tr = QCoreApplication.translate
    labels = {
        Kind.SPELLING: tr("Labels", "Spelfout"),
        Kind.GRAMMAR: tr("Labels", "Taalfout"),
        Kind.STYLE: tr("Labels", "Schrijftip"),
        Kind.TYPOGRAPHY: tr("Labels", "Leestekens en opmaak"),
        Kind.READABILITY: tr("Labels", "Leesbaarheid"),
        Kind.PLATFORM: tr("Labels", "Platform"),
        Kind.HOUSE_STYLE: tr("Labels", "Huisstijl"),
    }
    return labels[kind]
