"""A post is more than one text box: thread parts, the first comment and image descriptions."""

from __future__ import annotations

from pathlib import Path

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.open_points import image_points
from schrijfhulp.core.platforms import PLATFORMS, count, describe_count
from schrijfhulp.core.platforms.threads import make_thread
from schrijfhulp.core.post import (
    Post,
    PostImage,
    analyse_alt_text,
    analyse_first_comment,
    analyse_thread,
    fingerprint,
    link_hint,
)

POST = (
    "Vorige week sprak ik met bewoners van de wijk Overvecht. Ze vertelden wat ze missen in "
    "hun buurt: een plek om samen te koken, meer groen en een bus die vaker rijdt. Veel van hun "
    "ideeën zijn eenvoudig en kosten weinig geld. Daarom gaan we er nu mee aan de slag. In het "
    "buurthuis komt een keuken die iedereen mag gebruiken. Op het plein bij de school planten "
    "we veertig bomen. In het kader van de uitvoering van het plan worden alle bewoners "
    "uitgenodigd. De eerste avond is op dinsdag 14 mei om 19.30 uur in het buurthuis. Kijk op "
    "https://www.gemeente.nl/overvecht voor meer informatie. #Overvecht"
)


def rule_ids(findings: object) -> set[str]:
    return {f.rule_id for f in findings}  # type: ignore[attr-defined]


def test_each_part_is_checked_like_a_post_and_findings_point_into_the_editor_text() -> None:
    text = make_thread(POST, "x")
    thread = analyse_thread(text, "x")
    assert len(thread.parts) >= 2
    for part in thread.parts:
        assert part.analysis.platform_count == part.part.count
        assert part.analysis.text == part.part.posted
        assert not part.part.count.over
    officialese = [f for f in thread.findings if f.rule_id == "stijl.ambtelijk"]
    assert officialese
    assert text[officialese[0].start : officialese[0].end].casefold() == "in het kader van"
    assert thread.readability.words == analyse(POST, "x").readability.words


def test_a_part_that_is_too_long_says_so_with_its_number_counted() -> None:
    text = POST.replace(". Ze vertelden", ".\n---\nZe vertelden", 1)
    thread = analyse_thread(text, "x")
    second = thread.parts[1]
    assert second.part.posted.endswith(" 2/2")
    assert second.part.count.used > 280
    too_long = [f for f in thread.findings if f.rule_id == "platform.te-lang"]
    assert too_long and too_long[0].start >= second.part.content_start
    assert all(f.end <= len(text) for f in thread.findings)


def test_first_comment_has_its_own_maximum() -> None:
    comment = "Meer weten? Lees het hele plan op https://www.gemeente.nl/overvecht. " * 20
    analysis = analyse_first_comment(comment, "linkedin")
    assert analysis.platform_count.limit == 1250
    assert describe_count(analysis.platform_count).endswith("van ongeveer 1.250 tekens")
    too_long = [f for f in analysis.findings if f.rule_id == "platform.te-lang"]
    assert too_long[0].message.startswith("Je eerste reactie is")


def test_comment_limits_come_with_sources() -> None:
    for platform_id in ("linkedin", "instagram", "facebook"):
        spec = PLATFORMS[platform_id]
        figure = spec.figure("comment_limit")
        assert figure is not None and figure.source
    assert PLATFORMS["x"].comment_limit is None


def test_link_in_a_linkedin_post_gets_a_neutral_hint() -> None:
    found = link_hint(POST, "linkedin")
    assert found is not None
    assert POST[found.start : found.end] == "https://www.gemeente.nl/overvecht"
    assert link_hint(POST, "x") is None
    assert link_hint("Geen link hier.", "linkedin") is None


def test_alt_text_coach_hints() -> None:
    def hints(description: str) -> set[str]:
        return rule_ids(analyse_alt_text(description, POST, "x").findings)

    assert "alt-tekst.begint-met-afbeelding" in hints("Foto van bewoners rond een tafel.")
    assert "alt-tekst.een-woord" in hints("Buurthuis")
    copied = "In het buurthuis komt een keuken die iedereen mag gebruiken."
    assert "alt-tekst.herhaalt-bericht" in hints(copied)
    good = "Zes bewoners zitten rond een tafel met koffie en tekeningen van een plein."
    assert not {h for h in hints(good) if h.startswith("alt-tekst.")}
    assert "stijl.ambtelijk" in hints("In het kader van de opening knipt de wethouder een lint.")


def test_alt_text_is_counted_against_the_platforms_description_maximum() -> None:
    analysis = analyse_alt_text("Een lange beschrijving. " * 60, POST, "mastodon")
    assert analysis.platform_count.limit == 1500
    assert count("a", "mastodon", figure="alt_text_limit").limit_official


def test_an_image_without_description_is_an_open_point(tmp_path: Path) -> None:
    photo = tmp_path / "plein.jpg"
    photo.write_bytes(b"\xff\xd8\xff plein")
    post = Post(
        POST,
        images=(
            PostImage(str(photo), fingerprint(photo), "Kinderen tekenen op het plein."),
            PostImage(str(photo), fingerprint(photo), ""),
        ),
    )
    points = image_points(post.images, "x")
    assert [p.image for p in points] == [1]
    assert points[0].message.startswith("Afbeelding 2 (plein.jpg) heeft nog geen beschrijving.")
    assert post.images[0].is_present()
    photo.write_bytes(b"iets anders")
    assert not post.images[0].is_present()
