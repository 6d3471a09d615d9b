"""Feed sources: files, folders, globs, zips, URLs and GDELT's lastupdate.txt, served from 127.0.0.1."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from forecasts.resolve.feeds import (
    FeedSpec,
    FeedSpecError,
    FeedUnavailable,
    batch_interval,
    list_feed,
    parse_feed_spec,
    sniff_kind,
)

TIMELINE = "gdelt/iran-2020-timeline.export.CSV"


def fetch_all(spec: FeedSpec, **kwargs: object) -> list[tuple[str, bytes]]:
    return [(blob.name, blob.data) for ref in list_feed(spec, **kwargs) for blob in ref.fetch()]  # type: ignore[arg-type]


def zipped(path: Path, target: Path, member: str | None = None) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(path, member or path.name)
    return target


def test_feed_values_name_their_kind_or_leave_it_to_the_content() -> None:
    assert parse_feed_spec("gdelt=events/") == FeedSpec("gdelt", "events/")
    assert parse_feed_spec("ACLED=iraq.csv") == FeedSpec("acled", "iraq.csv")
    assert parse_feed_spec("http://data.gdeltproject.org/gdeltv2/lastupdate.txt").kind is None
    assert parse_feed_spec("gdelt=http://x.org/a=b.zip").location == "http://x.org/a=b.zip"
    with pytest.raises(FeedSpecError, match=r"unknown feed kind 'gdlet' \(did you mean 'gdelt'\?\)"):
        parse_feed_spec("gdlet=events/")
    with pytest.raises(FeedSpecError, match="names no location"):
        parse_feed_spec("acled=")


def test_batch_names_say_what_they_cover() -> None:
    v2 = batch_interval("20200108001500.export.CSV.zip")
    assert v2 is not None and (v2.start, v2.end) == (
        datetime(2020, 1, 8, 0, 15, tzinfo=UTC),
        datetime(2020, 1, 8, 0, 30, tzinfo=UTC),
    )
    assert batch_interval("20200108001500.translation.export.CSV") is not None
    v1 = batch_interval("20200108.export.CSV")
    assert v1 is not None and (v1.end - v1.start).days == 1
    assert batch_interval("iran-2020-timeline.export.CSV") is None
    assert batch_interval("20201340001500.export.CSV") is None


def test_a_folder_lists_its_event_files_only(feeds: Path, tmp_path: Path) -> None:
    folder = tmp_path / "events"
    folder.mkdir()
    shutil.copy(feeds / TIMELINE, folder / "20200108001500.export.CSV")
    zipped(feeds / "gdelt" / "20200108.export.CSV", folder / "20200108.export.CSV.zip")
    for name in (
        "20200108001500.mentions.CSV",
        "20200108001500.gkg.csv",
        ".hidden.csv",
        "README.txt",
        "lastupdate.txt",
    ):
        (folder / name).write_text("not events")
    refs = list_feed(FeedSpec(None, str(folder)))
    assert [r.name for r in refs] == ["20200108.export.CSV.zip", "20200108001500.export.CSV"]
    assert [r.known_key for r in refs] == ["20200108.export.CSV", "20200108001500.export.CSV"]
    blobs = [b for r in refs for b in r.fetch()]
    assert [b.name for b in blobs] == ["20200108.export.CSV", "20200108001500.export.CSV"]
    assert [sniff_kind(b) for b in blobs] == ["gdelt", "gdelt"]


def test_a_glob_and_the_keys_of_files_without_batch_names(feeds: Path) -> None:
    refs = list_feed(FeedSpec("acled", str(feeds / "acled" / "*.csv")))
    assert [r.name for r in refs] == ["iraq-2020-current.csv", "iraq-2020-pre2023.csv"]
    assert all(r.known_key is None and r.stat_key for r in refs)
    (blob,) = refs[0].fetch()
    assert blob.key == f"iraq-2020-current.csv#{hashlib.sha256(blob.data).hexdigest()[:16]}"
    assert sniff_kind(blob) == "acled"
    with pytest.raises(FeedUnavailable, match="no files match this pattern"):
        list_feed(FeedSpec(None, str(feeds / "nothing-*.csv")))


def test_missing_and_corrupt_sources_are_unavailable(feeds: Path, tmp_path: Path) -> None:
    with pytest.raises(FeedUnavailable, match="no such file or folder"):
        list_feed(FeedSpec(None, str(tmp_path / "gone.export.CSV")))
    archive = zipped(feeds / TIMELINE, tmp_path / "timeline.export.CSV.zip")
    archive.write_bytes(archive.read_bytes()[:-200])
    (ref,) = list_feed(FeedSpec(None, str(archive)))
    with pytest.raises(FeedUnavailable, match="corrupt zip archive"):
        ref.fetch()
    flipped = bytearray(zipped(feeds / TIMELINE, tmp_path / "b.zip").read_bytes())
    flipped[200] ^= 0xFF  # inside the compressed data: the CRC check catches it
    (tmp_path / "b.zip").write_bytes(bytes(flipped))
    (ref,) = list_feed(FeedSpec(None, str(tmp_path / "b.zip")))
    with pytest.raises(FeedUnavailable, match="corrupt zip archive"):
        ref.fetch()


def test_urls_are_fetched_and_unzipped(http_server, feeds: Path) -> None:
    base, www = http_server
    zipped(feeds / TIMELINE, www / "timeline.zip", "iran-2020-timeline.export.CSV")
    shutil.copy(feeds / "acled" / "iraq-2020-current.csv", www / "iraq.csv")
    assert fetch_all(FeedSpec(None, f"{base}/timeline.zip")) == [
        ("iran-2020-timeline.export.CSV", (feeds / TIMELINE).read_bytes())
    ]
    assert fetch_all(FeedSpec("acled", f"{base}/iraq.csv?key=abc"))[0][0] == "iraq.csv"
    (ref,) = list_feed(FeedSpec(None, f"{base}/missing.zip"))
    with pytest.raises(FeedUnavailable, match="unreachable: HTTP 404"):
        ref.fetch()


def test_an_unreachable_url_is_unavailable(closed_port: str) -> None:
    (ref,) = list_feed(FeedSpec("gdelt", f"{closed_port}/20200108001500.export.CSV.zip"))
    with pytest.raises(FeedUnavailable, match="unreachable: .*[Cc]onnection refused"):
        ref.fetch()
    with pytest.raises(FeedUnavailable, match="unreachable"):
        list_feed(FeedSpec("gdelt", f"{closed_port}/gdeltv2/lastupdate.txt"))


def serve_batches(www: Path, feeds: Path, stamps: list[str], newest_md5: str | None = None) -> None:
    """Batch zips in www/gdeltv2 and a lastupdate.txt naming the last one, as GDELT publishes them."""
    folder = www / "gdeltv2"
    folder.mkdir(exist_ok=True)
    lines = (feeds / TIMELINE).read_bytes().splitlines(keepends=True)
    for i, stamp in enumerate(stamps):
        member = folder / f"{stamp}.export.CSV"
        member.write_bytes(b"".join(lines[i * 10 : i * 10 + 10]))
        zipped(member, folder / f"{stamp}.export.CSV.zip")
        member.unlink()
    newest = folder / f"{stamps[-1]}.export.CSV.zip"
    data = newest.read_bytes()
    md5 = newest_md5 or hashlib.md5(data).hexdigest()  # noqa: S324 - GDELT publishes MD5
    base = "http://127.0.0.1:{port}/gdeltv2"
    (folder / "lastupdate.txt").write_text(
        f"{len(data)} {md5} {base}/{stamps[-1]}.export.CSV.zip\n"
        f"1234 0123456789abcdef0123456789abcdef {base}/{stamps[-1]}.mentions.CSV.zip\n"
        f"5678 0123456789abcdef0123456789abcdef {base}/{stamps[-1]}.gkg.csv.zip\n"
    )


def fix_port(www: Path, base: str) -> None:
    listing = www / "gdeltv2" / "lastupdate.txt"
    listing.write_text(listing.read_text().replace("http://127.0.0.1:{port}", base))


def test_lastupdate_takes_the_newest_batch_and_the_ones_missed_since_the_last_run(http_server, feeds: Path) -> None:
    base, www = http_server
    stamps = ["20200108000000", "20200108001500", "20200108003000", "20200108004500"]
    serve_batches(www, feeds, stamps)
    fix_port(www, base)
    spec = FeedSpec("gdelt", f"{base}/gdeltv2/lastupdate.txt")
    assert spec.is_lastupdate
    assert [r.name for r in list_feed(spec)] == ["20200108004500.export.CSV.zip"]
    since_first = list_feed(spec, batch_watermark=datetime(2020, 1, 8, 0, 0, tzinfo=UTC))
    assert [r.name for r in since_first] == [f"{s}.export.CSV.zip" for s in stamps[1:]]
    capped = list_feed(spec, since=datetime(2020, 1, 8, 0, 7, tzinfo=UTC), max_batches=2)
    assert [r.name for r in capped] == [f"{s}.export.CSV.zip" for s in stamps[:2]]
    assert [b.name for r in since_first for b in r.fetch()] == [f"{s}.export.CSV" for s in stamps[1:]]


def test_lastupdate_checks_the_size_and_md5_it_publishes(http_server, feeds: Path) -> None:
    base, www = http_server
    serve_batches(www, feeds, ["20200108004500"], newest_md5="0" * 32)
    fix_port(www, base)
    (ref,) = list_feed(FeedSpec(None, f"{base}/gdeltv2/lastupdate.txt"))
    with pytest.raises(FeedUnavailable, match="MD5 does not match lastupdate.txt"):
        ref.fetch()


def test_a_listing_that_is_not_gdelts_is_refused(tmp_path: Path) -> None:
    listing = tmp_path / "lastupdate.txt"
    listing.write_text("<html>maintenance</html>\n")
    with pytest.raises(FeedUnavailable, match="is this GDELT's lastupdate.txt"):
        list_feed(FeedSpec(None, str(listing)))
