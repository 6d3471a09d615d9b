"""Files a careless or hostile person could put in the scenarios folder, and what they get.

Every bad file is reported as a problem naming the file (and the line when there is one), and
the other files load as usual: nothing hangs, fills memory, crashes or is silently cut short.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forecasts.cli import cli
from forecasts.display import render_list, render_show
from forecasts.document import MAX_DEPTH, DocumentError, parse_document
from forecasts.problems import Problem, ScenarioError
from forecasts.resolve import feeds
from forecasts.resolve.audit import read_audit
from forecasts.state import scenario_state
from forecasts.store import ScenarioFile, load_catalog, read_scenario
from forecasts.validation import find_condition_cycles

BASE = "title: T\nquestion: Will it?\ncreated: 2020-01-04\ndeadline: 2020-01-31\nresolution: {criteria: c}\n"


def _write(root: Path, name: str, text: str | bytes, case: str = "c") -> Path:
    path = root / case / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _messages(root: Path) -> list[str]:
    """Every problem of the tree, with the path relative to ``root``."""
    catalog = load_catalog(root)
    return sorted(str(p).replace(f"{root}{os.sep}", "") for p in catalog.problems)


def _ids(root: Path) -> list[str]:
    return sorted(f.scenario.id for f in load_catalog(root).files)


# --- item 5: a tab in indentation --------------------------------------------------------------


def test_tab_in_indentation_is_called_a_tab(tmp_path):
    _write(tmp_path, "tab", "id: tab\n" + BASE + "\ttags: [a]\n")
    assert _messages(tmp_path) == [
        "c/tab.yaml:7: the file has a tab character at column 1; YAML indents with spaces — replace it with spaces"
    ]


def test_tab_after_spaces_names_its_column():
    with pytest.raises(DocumentError) as info:
        parse_document("a:\n  b: 1\n  \tc: 2\n")
    assert (info.value.line, info.value.message) == (
        3,
        "the file has a tab character at column 3; YAML indents with spaces — replace it with spaces",
    )


def test_tab_after_a_colon_is_called_a_tab():
    # libyaml accepts "key:<tab>value", yaml-rs does not; the message must still say "tab".
    with pytest.raises(DocumentError) as info:
        parse_document("a: 1\nb:\t2\n")
    assert (info.value.line, info.value.message) == (
        2,
        "the file has a tab character at column 3; YAML indents with spaces — replace it with spaces",
    )


def test_tabs_where_yaml_allows_them_are_fine():
    # Inside quoted text, in comments, at the end of a line and in a flow list, tabs are fine.
    doc = parse_document("a: 'x\ty'\nb: 2  # a\tcomment\nc: z\t\nd: [1,\t2]\n")
    assert doc.data == {"a": "x\ty", "b": 2, "c": "z", "d": [1, 2]}


# --- item 10: files that are not files, depth ------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_fifo_named_like_a_scenario_is_a_problem_not_a_hang(tmp_path):
    _write(tmp_path, "ok", "id: ok\n" + BASE)
    fifo = tmp_path / "c" / "fifo.yaml"
    os.mkfifo(fifo)
    result: list[object] = []
    reader = threading.Thread(target=lambda: result.append(_messages(tmp_path)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():
        # Unblock the stuck reader (a writer arriving ends its open) before failing.
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading the tree blocked on a FIFO")
    assert result == [
        [
            "c/fifo.yaml: is a named pipe (FIFO), not a regular file; scenario files are plain text files: "
            "remove it or rename it to something not ending in .yaml"
        ]
    ]
    assert _ids(tmp_path) == ["ok"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_link_to_dev_zero_is_refused_without_reading_it(tmp_path):
    _write(tmp_path, "ok", "id: ok\n" + BASE)
    (tmp_path / "c" / "zero.yaml").symlink_to("/dev/zero")
    assert _messages(tmp_path) == [
        "c/zero.yaml: is a character device, not a regular file; scenario files are plain text files: "
        "remove it or rename it to something not ending in .yaml"
    ]
    assert _ids(tmp_path) == ["ok"]


def test_link_to_a_regular_file_still_reads(tmp_path):
    real = _write(tmp_path, "real", "id: real\n" + BASE, case="elsewhere")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "real.yaml").symlink_to(real)
    assert [f.scenario.id for f in load_catalog(tmp_path / "c").files] == ["real"]


def test_deep_block_nesting_with_an_error_is_a_problem_not_a_traceback(tmp_path):
    # An unknown key holding 40 levels: the message needs a line, and finding lines used to
    # raise the nesting error outside the code that turns errors into problems.
    deep = "x:\n" + "".join("  " * (i + 1) + "k:\n" for i in range(40))
    _write(tmp_path, "deep", "id: deep\n" + BASE + deep)
    _write(tmp_path, "ok", "id: ok\n" + BASE)
    assert _messages(tmp_path) == [f"c/deep.yaml:39: nesting is deeper than {MAX_DEPTH} levels"]
    assert _ids(tmp_path) == ["ok"]


def test_nesting_of_block_and_flow_together_is_counted():
    text = "x:\n" + "".join("  " * (i + 1) + "k:\n" for i in range(20)) + "  " * 21 + "k: " + "[" * 20 + "]" * 20
    with pytest.raises(DocumentError, match=f"nesting is deeper than {MAX_DEPTH} levels"):
        parse_document(text)


def test_a_line_of_nested_dashes_does_not_crash_the_process(tmp_path):
    # yaml-rs overflows its stack (a segmentation fault, no exception) on ~100,000 "- ":
    # run in a child so that a crash fails this test instead of ending the test run.
    path = _write(tmp_path, "dash", "id: dash\nx:\n  " + "- " * 200_000 + "1\n")
    code = (
        "import sys\nfrom pathlib import Path\nfrom forecasts.store import read_scenario\n"
        "from forecasts.problems import ScenarioError\n"
        "try:\n    read_scenario(Path(sys.argv[1]))\nexcept ScenarioError as exc:\n    print(exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip().endswith(f"dash.yaml:3: nesting is deeper than {MAX_DEPTH} levels")


def test_deep_but_allowed_nesting_still_reads():
    text = "x:\n" + "".join("  " * (i + 1) + "k:\n" for i in range(MAX_DEPTH - 2)) + "  " * MAX_DEPTH + "k: 1\n"
    data = parse_document(text).data
    depth = 0
    while isinstance(data, dict):
        data = next(iter(data.values()))
        depth += 1
    assert depth == MAX_DEPTH


# --- item 11: NUL and other control characters -----------------------------------------------


def test_nul_in_a_comment_is_refused_with_line_and_column(tmp_path):
    # yaml-rs stops at a NUL: this file used to read as open with no history, silently.
    _write(
        tmp_path,
        "nul",
        "id: nul\n"
        + BASE
        + "# note \x00 the rest\nhistory:\n- {type: forecast, at: 2020-01-05, by: A, probability: 0.3}\n",
    )
    assert _messages(tmp_path) == [
        "c/nul.yaml:7: control character \\x00 (NUL) at column 8; scenario files hold printable text "
        "(tabs and line breaks are fine): delete it"
    ]


@pytest.mark.parametrize(
    ("char", "shown"),
    [("\x1b", "\\x1b (ESC)"), ("\x07", "\\x07 (BEL)"), ("\x7f", "\\x7f (DEL)"), ("\x9b", "\\x9b (CSI)")],
)
def test_raw_control_characters_in_a_file_are_refused(tmp_path, char, shown):
    _write(tmp_path, "ctl", "id: ctl\n" + BASE.replace("title: T", f"title: T{char}[2J"))
    assert _messages(tmp_path) == [
        f"c/ctl.yaml:2: control character {shown} at column 9; scenario files hold printable text "
        "(tabs and line breaks are fine): delete it"
    ]


def test_crlf_line_ends_are_fine(tmp_path):
    _write(
        tmp_path,
        "crlf",
        ("id: crlf\n" + BASE + "sources:\n- quote: |\n    two\n    lines\n  speaker: S\n").replace("\n", "\r\n"),
    )
    (found,) = load_catalog(tmp_path).files
    assert found.scenario.sources[0].quote == "two\nlines\n"


# --- arbitrary input ---------------------------------------------------------------------------


def _read_bytes_as_scenario(root: Path, raw: bytes) -> ScenarioFile | ScenarioError:
    path = root / "c" / "x.yaml"
    path.write_bytes(raw)
    try:
        return read_scenario(path)
    except ScenarioError as exc:
        assert exc.problems and all(p.path == path for p in exc.problems)
        return exc


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=400))
def test_arbitrary_bytes_are_a_problem_or_a_scenario(tmp_path, raw):
    (tmp_path / "c").mkdir(exist_ok=True)
    _read_bytes_as_scenario(tmp_path, raw)


_YAMLISH = st.text(
    alphabet=st.sampled_from(list("-?:[]{}#&*!|>'\"%@`,\t\n\r\x00\x1b\x85 abcxyz019.\\") + ["\u2028", "\ufeff", "é"]),
    max_size=200,
)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(noise=_YAMLISH, where=st.integers(min_value=0, max_value=len(BASE)))
def test_yaml_punctuation_anywhere_in_a_scenario_is_a_problem_or_a_scenario(tmp_path, noise, where):
    (tmp_path / "c").mkdir(exist_ok=True)
    text = "id: x\n" + BASE[:where] + noise + BASE[where:]
    _read_bytes_as_scenario(tmp_path, text.encode("utf-8", errors="surrogatepass"))


# --- item 16: terminal escapes in text -----------------------------------------------------------


def test_escape_written_as_yaml_escape_in_a_title_is_refused(tmp_path):
    # "\e" in double quotes is YAML for ESC: the file itself holds only printable characters.
    _write(tmp_path, "esc", "id: esc\n" + BASE.replace("title: T", 'title: "T\\e[2J"'))
    assert _messages(tmp_path) == [
        "c/esc.yaml:2: title: 'T\\x1b[2J' holds the control character \\x1b (ESC) at character 2; "
        "text takes printable characters, tabs and line breaks: remove it"
    ]


@pytest.mark.parametrize(
    ("escaped", "char"), [("\\r", "\r"), ("\\x9b", "\x9b"), ("\\x07", "\x07"), ("\\0", "\x00"), ("\\x7f", "\x7f")]
)
def test_every_text_field_refuses_control_characters(tmp_path, escaped, char):
    _write(tmp_path, "ctl", "id: ctl\n" + BASE + f'sources:\n- quote: q\n  speaker: "Ann{escaped}"\n')
    names = {"\r": " (CR)", "\x9b": " (CSI)", "\x07": " (BEL)", "\x00": " (NUL)", "\x7f": " (DEL)"}
    assert _messages(tmp_path) == [
        f"c/ctl.yaml:9: sources[0].speaker: {'Ann' + char!r} holds the control character "
        f"\\x{ord(char):02x}{names[char]} at character 4; text takes printable characters, tabs and line breaks: remove it"
    ]


def test_tabs_and_line_breaks_in_text_are_fine(tmp_path):
    _write(tmp_path, "multi", "id: multi\n" + BASE.replace("{criteria: c}", '{criteria: "Yes if:\\n\\tone\\n\\ttwo"}'))
    (found,) = load_catalog(tmp_path).files
    assert found.scenario.resolution.criteria == "Yes if:\n\tone\n\ttwo"


@pytest.mark.parametrize(
    ("option", "value"),
    [("--by", "Ana\x1b]0;pwned\x07"), ("--note", "calm\x1b[2J")],
)
def test_command_line_values_with_terminal_escapes_are_refused(tree, option, value):
    before = (tree / "demo" / "strike.yaml").read_bytes()
    args = ["forecast", "strike", "30%", "--at", "2020-01-10", "--scenarios", str(tree), "--by", "Ana"]
    args += [option, value]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    field = option.removeprefix("--")
    assert result.output.strip() == (
        f"{field}: {value!r} holds the control character \\x1b (ESC) at character {value.index(chr(27)) + 1}; "
        "text takes printable characters, tabs and line breaks: remove it"
    )
    assert (tree / "demo" / "strike.yaml").read_bytes() == before


def _state_with_title(tree: Path, title: str):
    found = read_scenario(tree / "demo" / "strike.yaml")
    # What a file from before the check could hold: build the model without validation.
    old = found.scenario.model_copy(update={"title": title})
    return scenario_state(ScenarioFile(path=found.path, scenario=old, document=found.document))


def test_list_and_show_print_control_characters_as_visible_escapes(tree):
    state = _state_with_title(tree, "Strike\x1b[2J\x1b]0;pwned\x07\x9b31m\rX")
    for page in (render_list([state]), render_show(state)):
        assert "Strike\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\x0dX" in page
        assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in page)


def test_problems_escape_control_characters_in_paths(tmp_path):
    problem = Problem(tmp_path / "c\x1b[2J" / "x.yaml", 3, "title", "bad")
    assert str(problem).endswith("c\\x1b[2J/x.yaml:3: title: bad")


# --- item 12: one id twice, conditions in a cycle ------------------------------------------------


def _loaders(root: Path):
    """What each loader makes of the tree: the store's, and the dashboard's incremental one."""
    pytest.importorskip("streamlit", reason="the dashboard's loader needs streamlit")
    from dashboard.data import catalog_from_stamps, file_stamps, forget_catalogs

    forget_catalogs()
    return {"store": load_catalog(root), "dashboard": catalog_from_stamps(root, file_stamps(root))}


def test_an_id_in_two_folders_is_loaded_once_and_the_other_file_left_out(tmp_path):
    _write(tmp_path, "one", "id: one\n" + BASE.replace("title: T", "title: First"), case="a")
    _write(tmp_path, "one", "id: one\n" + BASE.replace("title: T", "title: Second"), case="b")
    for name, catalog in _loaders(tmp_path).items():
        assert [(f.scenario.title, f.path.parent.name) for f in catalog.files] == [("First", "a")], name
        assert catalog.left_out == [tmp_path / "b" / "one.yaml"], name
        assert [str(p) for p in catalog.problems] == [
            f"{tmp_path / 'b' / 'one.yaml'}:1: id: 'one' is also the id of {tmp_path / 'a' / 'one.yaml'}; "
            "ids must be unique across the tree (this file is left out until one of them is renamed)"
        ], name


def test_list_shows_one_row_for_a_duplicated_id_and_says_so(tmp_path):
    _write(tmp_path, "one", "id: one\n" + BASE.replace("title: T", "title: First"), case="a")
    _write(tmp_path, "one", "id: one\n" + BASE.replace("title: T", "title: Second"), case="b")
    result = CliRunner().invoke(cli, ["list", "--scenarios", str(tmp_path)])
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()[1:]] == ["one"]
    assert "First" in result.stdout and "Second" not in result.stdout
    assert result.stderr == f"warning: 1 problem(s) in {tmp_path}, 1 file(s) left out (run `forecasts validate`)\n"


CYCLE = "the conditions form a cycle ({}): a question cannot be conditional on itself, even through others; remove one of these conditions (this scenario is left out until then)"


def _conditional(root: Path, sid: str, on: str) -> None:
    _write(root, sid, f"id: {sid}\n" + BASE + f"conditional_on: {{scenario: {on}, outcome: 'yes'}}\n")


@pytest.mark.parametrize(
    ("edges", "cycle"),
    [
        ({"a": "a"}, ["a"]),
        ({"a": "b", "b": "a"}, ["a", "b"]),
        ({"b": "c", "c": "d", "d": "a", "a": "b"}, ["a", "b", "c", "d"]),
    ],
)
def test_conditions_in_a_cycle_are_problems_naming_the_cycle(tmp_path, edges, cycle):
    for sid, on in edges.items():
        _conditional(tmp_path, sid, on)
    _conditional(tmp_path, "lead", cycle[-1])  # leads into the cycle: not part of it
    _write(tmp_path, "free", "id: free\n" + BASE)
    shown = " → ".join([*cycle, cycle[0]])
    for name, catalog in _loaders(tmp_path).items():
        assert [str(p).replace(f"{tmp_path}{os.sep}", "") for p in catalog.problems] == [
            f"c/{sid}.yaml:7: conditional_on.scenario: {CYCLE.format(shown)}" for sid in cycle
        ], name
        assert sorted(f.scenario.id for f in catalog.files) == ["free", "lead"], name


def _brute_force_cycles(edges: dict[str, str]) -> set[frozenset[str]]:
    found = set()
    for start in edges:
        seen, node = [start], edges.get(start)
        while node is not None and node not in seen:
            seen.append(node)
            node = edges.get(node)
        if node == start:
            found.add(frozenset(seen))
    return found


@given(st.dictionaries(st.sampled_from("abcdefgh"), st.sampled_from("abcdefghij"), max_size=8))
def test_every_cycle_is_found_once_and_nothing_else(edges):
    cycles = find_condition_cycles(edges)
    assert {frozenset(c) for c in cycles} == _brute_force_cycles(edges)
    assert len(cycles) == len({frozenset(c) for c in cycles})
    for cycle in cycles:
        assert cycle[0] == min(cycle)
        assert [edges[sid] for sid in cycle] == [*cycle[1:], cycle[0]]


# --- item 13: compressed feeds that unpack to far more than they hold ----------------------------

GDELT_DAY = Path(__file__).parent / "data" / "feeds" / "gdelt" / "20200108.export.CSV"
OPEN_RULE = """id: strike
title: Strike
question: Will it happen?
created: 2020-01-04
opens: 2020-01-05
deadline: 2020-03-31
resolution:
  criteria: Yes if it happens.
  rule: {feed: gdelt, actor1_country: IRN, actor2_country: USA, quad_class: 4, event_root_codes: [18, 19, 20], min_sources: 3}
"""


def _zip_bomb(path: Path, unpacked: int) -> Path:

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("20200108.export.CSV", "w", force_zip64=True) as member:
            for _ in range(unpacked // 2**20):
                member.write(bytes(2**20))
    return path


def _gzip_bomb(path: Path, unpacked: int) -> Path:

    with gzip.open(path, "wb", compresslevel=9) as stream:
        for _ in range(unpacked // 2**20):
            stream.write(bytes(2**20))
    return path


@pytest.mark.parametrize("make", [_zip_bomb, _gzip_bomb])
def test_a_compressed_feed_is_unpacked_no_further_than_the_cap(tmp_path, monkeypatch, make):
    monkeypatch.setattr(feeds, "MAX_FEED_BYTES", 2**20)
    bomb = make(tmp_path / ("bomb.zip" if make is _zip_bomb else "bomb.export.CSV.gz"), 64 * 2**20)
    (ref,) = feeds.list_feed(feeds.parse_feed_spec(f"gdelt={bomb}"))
    tracemalloc.start()
    try:
        with pytest.raises(feeds.FeedUnavailable) as info:
            ref.fetch()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    what = "unpacks to 67,108,864 bytes" if make is _zip_bomb else "unpacks to more than 1,048,576 bytes"
    assert info.value.reason == (
        f"{what}, more than the 1,048,576 a feed file may hold (a zip bomb, or an export to split into smaller "
        "files); not read"
    )
    assert peak < 8 * 2**20  # never near the 64 MiB it would unpack to


def test_a_zip_member_longer_than_it_declares_is_corrupt_not_unpacked(tmp_path, monkeypatch):
    bomb = tmp_path / "liar.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("20200108.export.CSV", bytes(8 * 2**20))
    raw = bytearray(bomb.read_bytes())
    # The central directory says how much the member unpacks to: claim 1 KiB instead of 8 MiB.
    central = raw.rindex(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (1024).to_bytes(4, "little")
    bomb.write_bytes(bytes(raw))
    monkeypatch.setattr(feeds, "MAX_FEED_BYTES", 2**20)
    (ref,) = feeds.list_feed(feeds.parse_feed_spec(f"gdelt={bomb}"))
    with pytest.raises(feeds.FeedUnavailable) as info:
        ref.fetch()
    assert info.value.reason.startswith("corrupt zip archive: Bad CRC-32")


def test_a_gzipped_feed_reads_like_the_plain_one(tmp_path):
    packed = tmp_path / "20200108.export.CSV.gz"
    packed.write_bytes(gzip.compress(GDELT_DAY.read_bytes()))
    (ref,) = feeds.list_feed(feeds.parse_feed_spec(str(tmp_path)))
    (blob,) = ref.fetch()
    assert (blob.name, blob.data) == ("20200108.export.CSV", GDELT_DAY.read_bytes())


def test_check_voids_a_zip_bomb_in_its_report_and_audit_and_reads_the_other_feeds(tmp_path, monkeypatch):
    monkeypatch.setattr(feeds, "MAX_FEED_BYTES", 4 * 2**20)
    root = tmp_path / "scenarios"
    _write(root, "strike", OPEN_RULE, case="demo")
    bomb = _zip_bomb(tmp_path / "bomb.zip", 32 * 2**20)
    args = ["check", "--scenarios", str(root), "--as-of", "2020-03-31", "--format", "json"]
    result = CliRunner().invoke(cli, [*args, "--feed", f"gdelt={bomb}", "--feed", f"gdelt={GDELT_DAY}"])

    report = json.loads(result.stdout)
    reason = (
        "unpacks to 33,554,432 bytes, more than the 4,194,304 a feed file may hold (a zip bomb, or an export to "
        "split into smaller files); not read"
    )
    assert [(f["status"], f["origin"], f.get("message")) for f in report["feeds"]][0] == (
        "void",
        f"{bomb}!20200108.export.CSV",
        reason,
    )
    assert [f["status"] for f in report["feeds"]] == ["void", "read"]
    assert [(a["scenario"], a["outcome"]) for a in report["actions"]] == [("strike", "yes")]
    audit = read_audit(root / ".forecasts")
    assert [(r["action"], r.get("reason")) for r in audit if r["action"] in ("void", "read")] == [
        ("void", reason),
        ("read", None),
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_feed_path_that_is_a_fifo_is_void_not_a_hang(tmp_path):
    fifo = tmp_path / "events.csv"
    os.mkfifo(fifo)
    (ref,) = feeds.list_feed(feeds.parse_feed_spec(f"gdelt={fifo}"))
    result: list[str] = []

    def fetch() -> None:
        try:
            ref.fetch()
        except feeds.FeedUnavailable as exc:
            result.append(exc.reason)

    reader = threading.Thread(target=fetch, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # a writer arriving ends the stuck read
        pytest.fail("reading the feed blocked on a FIFO")
    assert result == ["is a named pipe (FIFO), not a regular file"]


def test_text_that_only_yaml_rs_reads_gets_problems_not_a_traceback(tmp_path):
    # yaml-rs reads a line holding only ':' (an empty key); libyaml, which finds the lines for
    # messages, refuses it: that refusal used to escape as a traceback while a message was worded.
    _write(tmp_path, "odd", "id: odd\n" + BASE.replace("2020-01-31", "2020-13-01") + ":\n")
    messages = _messages(tmp_path)
    assert (
        "c/odd.yaml:7: not valid YAML: did not find expected key while parsing a block mapping that starts on line 1"
        in messages
    )
    assert "c/odd.yaml:1: deadline: '2020-13-01' is not a date (YYYY-MM-DD)" in messages
    assert "c/odd.yaml:1: a line starts with ':' and has no key; write the key before the ':'" in messages


def test_a_number_as_a_key_is_named_with_the_fix(tmp_path):
    _write(tmp_path, "num", "id: num\n" + BASE + "1: 2\n")
    assert _messages(tmp_path) == ["c/num.yaml:1: 1 cannot be a key: keys are text; quote it ('1': ...)"]
