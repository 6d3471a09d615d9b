from datetime import datetime

import pytest

from forecasts.document import MAX_BYTES, DocumentError, parse_document, read_document


def test_lines_of_keys_and_items():
    doc = parse_document("a: 1\nb:\n  - x: 2\n  - x: 3\n")
    assert doc.lines[("a",)] == 1
    assert doc.lines[("b", 1)] == 4
    assert doc.lines[("b", 1, "x")] == 4
    assert doc.line_of(("b", 0, "missing")) == 3


def test_only_true_and_false_are_booleans():
    doc = parse_document("outcome: no\ncountry: NO\non_match: yes\nflag: true\nother: False\n")
    assert doc.data == {"outcome": "no", "country": "NO", "on_match": "yes", "flag": True, "other": False}


def test_dates_stay_text_for_the_schema_to_parse():
    doc = parse_document("a: 2020-01-04\nb: '2020-01-04'\nc: 2020-13-01\n")
    assert doc.data == {"a": "2020-01-04", "b": "2020-01-04", "c": "2020-13-01"}


def test_yaml_12_numbers_and_strings():
    doc = parse_document("a: 0.35\nb: 1.0e-05\nc: 17\nd: '0.5'\ne: ~\nf: 1e3\n")
    assert doc.data == {"a": 0.35, "b": 1e-05, "c": 17, "d": "0.5", "e": None, "f": 1000.0}


def test_duplicate_keys_are_refused_with_both_lines():
    with pytest.raises(DocumentError) as info:
        parse_document("a: 1\nb: 2\na: 3\n")
    assert (info.value.message, info.value.line) == ("key 'a' appears twice (lines 1 and 3); keep one", 3)


def test_a_mapping_as_a_key_is_refused_with_its_line():
    # yaml-rs raises TypeError here, not its decode error: found by the hostile-file property test.
    with pytest.raises(DocumentError) as info:
        parse_document("id: x\n? resolution: {criteria: c}\n")
    assert (info.value.message, info.value.line) == ("a mapping key must be plain text", 2)


def test_several_documents_are_refused():
    with pytest.raises(DocumentError, match=r"holds several YAML documents \(---\); put one scenario in each file"):
        parse_document("a: 1\n---\nb: 2\n")


def test_byte_order_mark_is_ignored():
    assert parse_document("\ufeffa: 1\n").data == {"a": 1}


def test_merge_keys_and_custom_tags_are_refused():
    with pytest.raises(DocumentError, match=r"merge keys \(<<\) are not allowed"):
        parse_document("a: {x: 1}\nb:\n  <<: {x: 1}\n")
    with pytest.raises(DocumentError, match="tag '!custom' is not allowed"):
        parse_document("a: !custom 1\n")


def test_lines_are_found_on_demand_for_plain_files():
    doc = parse_document("a: 1\nb:\n- x\n- y\n")
    assert doc.line_of(("b", 1)) == 4


def test_aliases_are_refused_even_small_ones():
    with pytest.raises(DocumentError) as info:
        parse_document("a: &x hello\nb: *x\n")
    assert info.value.message == "YAML aliases (*name) are not allowed in scenario files; write the value out in full"
    assert info.value.line == 2


def test_billion_laughs_is_refused_quickly():
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    started = datetime.now()
    with pytest.raises(DocumentError, match="aliases"):
        parse_document("\n".join(levels))
    assert (datetime.now() - started).total_seconds() < 1


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("x: " + "a" * (MAX_BYTES + 10))
    with pytest.raises(DocumentError, match=r"larger than 1,000,000"):
        read_document(path)


def test_deep_nesting_is_refused():
    with pytest.raises(DocumentError, match="nesting is deeper"):
        parse_document("a: " + "[" * 100_000 + "]" * 100_000)


def test_code_never_runs(tmp_path):
    marker = tmp_path / "pwned"
    text = f'a: !!python/object/apply:os.system ["touch {marker}"]\n'
    with pytest.raises(DocumentError, match="is not allowed: scenario files hold plain data"):
        parse_document(text)
    assert not marker.exists()


def test_not_utf8(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert (info.value.message, info.value.line) == ("file is not UTF-8 text", 2)


def test_loading_from_short_lived_threads_does_not_crash():
    # yaml-rs 0.1.6 segfaults once the thread that imported it has ended (Streamlit reruns
    # scripts in new threads); forecasts.document imports it from a lasting thread.
    import subprocess
    import sys

    code = (
        "import threading\n"
        "def first():\n"
        "    from forecasts.document import parse_document\n"
        "    parse_document('a: 1')\n"
        "t = threading.Thread(target=first); t.start(); t.join()\n"
        "def later():\n"
        "    from forecasts.document import parse_document\n"
        "    assert parse_document('b: 2\\nc: 2020-01-04\\n').data == {'b': 2, 'c': '2020-01-04'}\n"
        "for _ in range(3):\n"
        "    t = threading.Thread(target=later); t.start(); t.join()\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, "ok\n"), result.stderr
