"""Filling the store: GDELT from a file list over HTTP (a local server), resumable and checked; ACLED imports."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from event_fixtures import ACLED_CURRENT, ACLED_OLD, FEEDS, TIMELINE
from page_server import Answer, PageServer, serve_pages

from forecasts.events.command import events
from forecasts.events.history import rule_incidents
from forecasts.events.store import Manifest, StoreError, parquet_files, store_lock
from forecasts.events.sync import SyncError, import_acled, import_gdelt, sync_gdelt
from forecasts.scenario import AcledRule, GdeltRule

DAYS = (date(2020, 1, 7), date(2020, 1, 9))
IRN_USA = GdeltRule.model_validate(
    {"feed": "gdelt", "actor1_country": "IRN", "actor2_country": "USA", "quad_class": 4, "min_sources": 3}
)


def batches() -> dict[str, bytes]:
    """The timeline feed cut into GDELT 2.0 15-minute batches (by DATEADDED), zipped: name -> bytes."""
    rows: dict[str, list[bytes]] = {}
    for line in TIMELINE.read_bytes().splitlines(keepends=True):
        added = line.rstrip(b"\n").split(b"\t")[59].decode()
        moment = datetime.strptime(added, "%Y%m%d%H%M%S")
        stamp = moment.replace(minute=moment.minute - moment.minute % 15, second=0).strftime("%Y%m%d%H%M%S")
        rows.setdefault(stamp, []).append(line)
    zipped: dict[str, bytes] = {}
    for stamp, lines in sorted(rows.items()):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{stamp}.export.CSV", b"".join(lines))
        zipped[f"{stamp}.export.CSV.zip"] = buffer.getvalue()
    return zipped


def publish(server: PageServer, files: dict[str, bytes], listed: dict[str, bytes] | None = None) -> str:
    """Serve ``files`` under /gdeltv2/ with a master list (giving ``listed``'s bytes' size and MD5); its URL."""
    lines = []
    for name, data in (listed or files).items():
        lines.append(f"{len(data)} {hashlib.md5(data).hexdigest()} {server.url}/gdeltv2/{name}")  # noqa: S324
        stamp = name.split(".", 1)[0]
        lines.append(f"99 {'0' * 32} {server.url}/gdeltv2/{stamp}.mentions.CSV.zip")  # not events: never fetched
    server.routes["/gdeltv2/masterfilelist.txt"] = Answer(body=("\n".join(lines) + "\n").encode())
    for name, data in files.items():
        server.routes[f"/gdeltv2/{name}"] = Answer(body=data)
    return f"{server.url}/gdeltv2/masterfilelist.txt"


def fetched(server: PageServer) -> list[str]:
    return [line for line in server.seen() if line.endswith(".export.CSV.zip")]


def in_days(files: dict[str, bytes]) -> dict[str, bytes]:
    return {n: d for n, d in files.items() if DAYS[0] <= datetime.strptime(n[:8], "%Y%m%d").date() <= DAYS[1]}


def test_sync_fetches_the_days_asked_and_finds_what_an_import_finds(tmp_path: Path) -> None:
    files = batches()
    wanted = in_days(files)
    with serve_pages() as server:
        listing = publish(server, files)
        report = sync_gdelt(tmp_path / "store", *DAYS, listing)
        assert sorted(fetched(server)) == sorted(f"GET /gdeltv2/{n}" for n in wanted)
    assert (report.fetched, report.skipped, report.failed) == (len(wanted), 0, [])
    assert report.days_written == [date(2020, 1, 7), date(2020, 1, 8), date(2020, 1, 9)]
    assert [p.relative_to(tmp_path / "store").as_posix() for p in parquet_files(tmp_path / "store", "gdelt")] == [
        "gdelt/day=2020-01-07/events.parquet",
        "gdelt/day=2020-01-08/events.parquet",
        "gdelt/day=2020-01-09/events.parquet",
    ]
    assert not list((tmp_path / "store").rglob(".batches"))  # staged batches compacted away
    import_gdelt(tmp_path / "imported", TIMELINE)
    synced = rule_incidents(IRN_USA, date(2020, 1, 7), date(2020, 1, 8), store=tmp_path / "store")
    assert [i.day for i in synced] == [date(2020, 1, 8)]
    assert synced == rule_incidents(IRN_USA, date(2020, 1, 7), date(2020, 1, 8), store=tmp_path / "imported")


def test_a_second_sync_fetches_nothing_stored_and_checksummed(tmp_path: Path) -> None:
    files = batches()
    with serve_pages() as server:
        listing = publish(server, files)
        sync_gdelt(tmp_path, *DAYS, listing)
        before = len(fetched(server))
        again = sync_gdelt(tmp_path, *DAYS, listing)
        assert len(fetched(server)) == before  # not one export file asked for again
    assert (again.fetched, again.skipped, again.days_written) == (0, len(in_days(files)), [])


def test_a_corrupt_download_is_refused_and_only_it_is_fetched_again(tmp_path: Path) -> None:
    files = batches()
    wanted = sorted(in_days(files))
    bad = next(n for n in wanted if n.startswith("20200108"))
    served = {**files, bad: files[bad][:-10] + b"0123456789"}  # same size, other bytes
    with serve_pages() as server:
        listing = publish(server, served, listed=files)
        report = sync_gdelt(tmp_path, *DAYS, listing)
        assert report.failed == [f"{server.url}/gdeltv2/{bad}: MD5 does not match the file list: corrupt download"]
        assert report.days_written == [date(2020, 1, 7), date(2020, 1, 9)]  # the 8th waits for its file
        assert not (tmp_path / "gdelt" / "day=2020-01-08" / "events.parquet").exists()
        server.routes[f"/gdeltv2/{bad}"] = Answer(body=files[bad])
        count = len(fetched(server))
        retry = sync_gdelt(tmp_path, *DAYS, listing)
        assert fetched(server)[count:] == [f"GET /gdeltv2/{bad}"]
    assert (retry.fetched, retry.failed, retry.days_written) == (1, [], [date(2020, 1, 8)])
    assert rule_incidents(IRN_USA, *DAYS, store=tmp_path)[0].day == date(2020, 1, 8)


def test_a_file_listed_later_for_a_written_day_is_added_to_it(tmp_path: Path) -> None:
    files = in_days(batches())
    late = sorted(n for n in files if n.startswith("20200108"))[-1]
    with serve_pages() as server:
        first = sync_gdelt(tmp_path, *DAYS, publish(server, {n: d for n, d in files.items() if n != late}))
        count = len(fetched(server))
        second = sync_gdelt(tmp_path, *DAYS, publish(server, files))
        assert fetched(server)[count:] == [f"GET /gdeltv2/{late}"]
    assert date(2020, 1, 8) in first.days_written and second.days_written == [date(2020, 1, 8)]
    import_gdelt(tmp_path / "imported", TIMELINE)
    for rule in (IRN_USA, GdeltRule.model_validate({"feed": "gdelt", "min_sources": 1})):
        assert rule_incidents(rule, *DAYS, store=tmp_path) == rule_incidents(rule, *DAYS, store=tmp_path / "imported")


def test_a_file_gdelt_replaced_makes_its_day_fetched_again_not_counted_twice(tmp_path: Path) -> None:
    files = in_days(batches())
    day_files = sorted(n for n in files if n.startswith("20200108"))
    with serve_pages() as server:
        sync_gdelt(tmp_path, *DAYS, publish(server, files))
        replaced = dict(files)
        with zipfile.ZipFile(io.BytesIO(files[day_files[0]])) as archive:
            (member,) = archive.namelist()
            content = archive.read(member)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # same rows, other bytes
            archive.writestr(member, content)
        replaced[day_files[0]] = buffer.getvalue()
        count = len(fetched(server))
        again = sync_gdelt(tmp_path, *DAYS, publish(server, replaced))
        assert sorted(fetched(server)[count:]) == [f"GET /gdeltv2/{n}" for n in day_files]
    assert again.days_written == [date(2020, 1, 8)]
    import_gdelt(tmp_path / "imported", TIMELINE)
    every = GdeltRule.model_validate({"feed": "gdelt", "min_sources": 1})
    assert rule_incidents(every, *DAYS, store=tmp_path) == rule_incidents(every, *DAYS, store=tmp_path / "imported")


def test_a_truncated_download_and_an_oversized_file_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = in_days(batches())
    first = sorted(files)[0]
    with serve_pages() as server:
        listing = publish(server, {**files, first: files[first][:100]}, listed=files)
        report = sync_gdelt(tmp_path / "a", *DAYS, listing)
        assert report.failed == [
            f"{server.url}/gdeltv2/{first}: size 100 bytes, the file list says {len(files[first]):,}: truncated or replaced"
        ]
    # The feed module's cap on every download and on what a zip unpacks to holds here too: a bomb.
    monkeypatch.setattr("forecasts.resolve.feeds.MAX_FEED_BYTES", 1_000_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("20200108000000.export.CSV", b"\t" * 2_000_000)
    bomb = {"20200108000000.export.CSV.zip": buffer.getvalue()}
    with serve_pages() as server:
        capped = sync_gdelt(tmp_path / "b", *DAYS, publish(server, bomb))
        assert capped.failed == [
            f"{server.url}/gdeltv2/20200108000000.export.CSV.zip!20200108000000.export.CSV: unpacks to 2,000,000 bytes, "
            "more than the 1,000,000 a feed file may hold (a zip bomb, or an export to split into smaller files); not read"
        ]
    assert capped.fetched == 0 and parquet_files(tmp_path / "b", "gdelt") == []


def test_a_file_list_that_is_not_one_says_so(tmp_path: Path) -> None:
    with serve_pages() as server:
        server.routes["/list.txt"] = Answer(body=b"<html>not found</html>\n")
        with pytest.raises(SyncError) as info:
            sync_gdelt(tmp_path, *DAYS, f"{server.url}/list.txt")
    assert str(info.value) == (
        f"{server.url}/list.txt: no '<size> <md5> <url>' (masterfilelist.txt) or '<md5> <name>' (md5sums) lines; "
        "is this GDELT's file list? Use http://data.gdeltproject.org/gdeltv2/masterfilelist.txt or "
        "http://data.gdeltproject.org/events/md5sums"
    )


def test_the_1_0_daily_md5sums_list_names_files_beside_it(tmp_path: Path) -> None:
    data = (FEEDS / "gdelt" / "20200108.export.CSV").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("20200108.export.CSV", data)
    folder = tmp_path / "events"
    folder.mkdir()
    (folder / "20200108.export.CSV.zip").write_bytes(buffer.getvalue())
    md5 = hashlib.md5(buffer.getvalue()).hexdigest()  # noqa: S324
    (folder / "md5sums").write_text(
        f"{md5}  20200108.export.CSV.zip\n{'1' * 32}  GDELT.MASTERREDUCEDV2.1979-2013.zip\n"
    )
    report = sync_gdelt(tmp_path / "store", date(2020, 1, 1), date(2020, 1, 31), str(folder / "md5sums"))
    assert (report.fetched, report.rows, report.failed) == (1, 17, [])
    assert [i.day for i in rule_incidents(IRN_USA, date(2020, 1, 8), date(2020, 1, 8), store=tmp_path / "store")] == [
        date(2020, 1, 8)
    ]


def test_the_sync_command_shows_progress_on_stderr_and_a_summary(tmp_path: Path) -> None:
    with serve_pages() as server:
        listing = publish(server, batches())
        result = CliRunner().invoke(
            events,
            [
                "sync",
                "--feed",
                "gdelt",
                "--from",
                "2020-01-07",
                "--to",
                "2020-01-09",
                "--list",
                listing,
                "--store",
                str(tmp_path),
            ],
        )
    assert result.exit_code == 0, result.output
    count = len(in_days(batches()))
    assert result.stdout.startswith(f"{count} file(s) fetched (")
    assert result.stdout.rstrip().endswith(f"0 already stored, 3 day(s) written to {tmp_path / 'gdelt'}")
    assert f"files {count}/{count}" in result.stderr


def test_sync_refuses_acled_and_dates_backwards(tmp_path: Path) -> None:
    runner = CliRunner()
    acled = runner.invoke(
        events, ["sync", "--feed", "acled", "--from", "2020-01-01", "--to", "2020-01-02", "--store", str(tmp_path)]
    )
    assert acled.exit_code == 1
    assert acled.stderr.strip() == (
        "ACLED publishes no file list to sync from; download an export and run: forecasts events import --feed acled FILE.csv"
    )
    backwards = runner.invoke(
        events, ["sync", "--feed", "gdelt", "--from", "2020-01-02", "--to", "2020-01-01", "--store", str(tmp_path)]
    )
    assert backwards.exit_code == 1 and "--to 2020-01-01 is before --from 2020-01-02; swap them" in backwards.stderr


# --- ACLED ---------------------------------------------------------------------------------------


def test_acled_exports_import_by_day_once_each(tmp_path: Path) -> None:
    first = import_acled(tmp_path, ACLED_CURRENT)
    again = import_acled(tmp_path, ACLED_CURRENT)
    old = import_acled(tmp_path, ACLED_OLD)
    assert (first.rows, first.skipped, again.skipped, old.skipped) == (14, False, True, False)
    assert len(parquet_files(tmp_path, "acled")) == first.days + old.days
    manifest = Manifest.load(tmp_path)
    assert sorted(e["file"] for e in manifest.files["acled"].values()) == [ACLED_CURRENT.name, ACLED_OLD.name]
    rule = AcledRule.model_validate({"feed": "acled", "country": "Iraq", "min_fatalities": 3})
    found = rule_incidents(rule, date(2020, 1, 1), date(2020, 12, 31), store=tmp_path)
    assert "IRQ90009" in [i.key for i in found]  # 3 dead in its latest version, 2 in the older export


def test_a_broken_export_imports_nothing(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        import_acled(tmp_path, FEEDS / "broken" / "garbled-acled.csv")
    assert str(info.value).endswith(
        "garbled-acled.csv: row 9: event_date '13 Febuary 2020' is not '01 January 2020' or '2020-01-01'; the file is garbled; nothing was imported"
    )
    assert parquet_files(tmp_path, "acled") == [] and not (tmp_path / "manifest.json").exists()


def test_a_damaged_manifest_is_named_with_the_fix(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{not json")
    with pytest.raises(StoreError, match="manifest.json: cannot be read .*; delete it and sync again"):
        import_acled(tmp_path, ACLED_CURRENT)


def test_the_import_command(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["import", "--feed", "acled", str(ACLED_CURRENT), "--store", str(tmp_path)]
    first, second = runner.invoke(events, args), runner.invoke(events, args)
    assert first.stdout == f"{ACLED_CURRENT}: 14 events over 12 day(s) imported into {tmp_path / 'acled'}\n"
    assert second.stdout == f"{ACLED_CURRENT}: already imported (14 events), skipped\n"


def test_a_second_writer_is_refused_while_the_store_is_held(tmp_path: Path) -> None:
    with serve_pages() as server, store_lock(tmp_path):
        with pytest.raises(StoreError) as info:
            import_acled(tmp_path, ACLED_CURRENT)
        with pytest.raises(StoreError):
            sync_gdelt(tmp_path, *DAYS, publish(server, in_days(batches())))
        assert fetched(server) == []
    assert str(info.value) == (
        f"{tmp_path}: another sync or import is writing to this store; wait for it to finish and run the command again"
    )
    assert import_acled(tmp_path, ACLED_CURRENT).rows == 14  # free again
