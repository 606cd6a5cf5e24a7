"""The real-news benchmark's reader and scorer, on brat files written here (never PolNeAR text)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.polnear import GoldArticle, Mention, parse_ann, read_split
from benchmarks.realnews import main, report
from benchmarks.realnews_score import Tally, _judge, kind_of, name_words, score_article
from retrieval import Engine, Speaker, parse_article

TEXT = ('“We will build it,” Mayor Ann Lee said on Monday.\n\n'
        'The council disagreed. She added that costs would rise.\n')
ANN = ("T1\tSource 20 33\tMayor Ann Lee\nT2\tCue 34 38\tsaid\nT3\tContent 0 19\t“We will build it,”\n"
       "T4\tAttribution 34 38\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
       "T5\tSource 74 77\tShe\nT6\tCue 78 83\tadded\nT7\tContent 84 105\tthat costs would rise\n"
       "T8\tAttribution 78 83\tadded\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n")


def test_brat_events_become_attributions_with_their_spans():
    """Each ``E`` line ties a source, a cue and a content span together."""
    first, second = parse_ann(ANN)
    assert TEXT[slice(*first.source[0])] == "Mayor Ann Lee"
    assert TEXT[slice(*first.cue[0])] == "said"
    assert TEXT[slice(*second.content[0])].startswith("that costs")


def test_kinds_follow_the_quote_marks_and_the_cue():
    assert kind_of("“We will build it,”", "said") == "direct"
    assert kind_of("the plan was “dead”", "said") == "mixed"
    assert kind_of("costs would rise", "added") == "indirect-speech-verb"
    assert kind_of("costs would rise", "believes") == "indirect-other"


def test_name_words_drop_pronouns_titles_and_possessives():
    assert name_words("Mr. Trump’s") == {"trump"}
    assert name_words("he") == set()


def test_a_pronoun_source_is_resolved_through_its_coreference_chain():
    """"She" is right for Ann Lee when CoreNLP puts both in one chain."""
    chain = (Mention((20, 33), True, "PERSON"), Mention((74, 77), False))
    article = GoldArticle("t", TEXT, parse_ann(ANN), (chain,), {})
    tally = Tally()
    score_article(article, Engine(parse_article(TEXT, source="t")), tally)
    assert tally.gold["direct"] == 1 and tally.found["direct"] == 1 and tally.right["direct"] == 1
    assert tally.gold["indirect-speech-verb"] == 1


def test_the_command_reads_a_split_folder(tmp_path: Path, capsys):
    for folder in ("text", "attributions"):
        (tmp_path / "dev" / folder).mkdir(parents=True)
    (tmp_path / "dev" / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a_x.ann").write_text(ANN, encoding="utf-8")
    assert len(read_split(tmp_path, "dev")) == 1
    assert main(["--polnear", str(tmp_path), "--split", "dev"]) == 0
    assert "direct" in capsys.readouterr().out


def test_a_missing_folder_is_one_line_and_status_2(tmp_path: Path, capsys):
    assert main(["--polnear", str(tmp_path / "nowhere")]) == 2
    assert "No PolNeAR split" in capsys.readouterr().err


def test_two_apostrophes_count_as_quotation_marks_for_the_gold_kind():
    """Archives writing ''…'' for a quotation have direct and mixed quotes too."""
    assert kind_of("''We will build it,''", "said") == "direct"
    assert kind_of("the plan was ''dead''", "said") == "mixed"


PLACE_TEXT = "Ann Lee lives in Dover.\n“We will build it,” he said.\n"
PLACE_ANN = ("T1\tSource 44 46\the\nT2\tCue 47 51\tsaid\nT3\tContent 24 43\t“We will build it,”\n"
             "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n")


def test_he_resolves_only_to_a_person_in_its_chain():
    """A chain that joins "he" to a place names nobody: the source is counted unresolved, not scored."""
    chain = (Mention((17, 22), True, "LOCATION"), Mention((45, 47), False))
    article = GoldArticle("t", PLACE_TEXT, parse_ann(PLACE_ANN), (chain,), {(17, 22): "LOCATION"})
    tally = Tally()
    score_article(article, Engine(parse_article(PLACE_TEXT, source="t")), tally)
    assert tally.found["direct"] == 1 and tally.unresolved["direct"] == 1 and tally.scored["direct"] == 0


def test_a_name_for_a_description_with_no_name_is_not_judged():
    """"The Indiana governor" with no name in its chain may or may not be "Mike Pence": not judged."""
    pence = Speaker("Mike Pence", None, ("Mike Pence", "Mike", "Pence"), (0,), ())
    aides = Speaker("aides", None, ("aides",), (0,), ())
    assert _judge({"indiana", "governor"}, False, pence) is None
    assert _judge({"officials"}, False, aides) is False
    assert _judge({"mike", "pence"}, True, pence) is True


def test_right_counts_among_the_named_and_unsure_quotes_miss_end_to_end():
    """A quote found as speech with no speaker named is 'unsure': not wrong, but not found-and-right."""
    text = "Those close to him say that he will stand again.\n“We will build it,” Mayor Ann Lee said.\n"
    ann = ("T1\tSource 0 18\tThose close to him\nT2\tCue 19 22\tsay\n"
           "T3\tContent 23 47\tthat he will stand again\n"
           "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n")
    article = GoldArticle("t", text, parse_ann(ann), (), {})
    tally = Tally()
    score_article(article, Engine(parse_article(text, source="t")), tally)
    kind = "indirect-speech-verb"
    assert tally.found[kind] == 1 and tally.nobody[kind] == 1 and tally.right[kind] == 0


def test_the_report_sums_direct_and_mixed_quotes_into_one_row():
    tally = Tally()
    for kind, gold, found, right in (("direct", 10, 9, 8), ("mixed", 10, 7, 6)):
        tally.gold[kind], tally.found[kind], tally.scored[kind], tally.right[kind] = gold, found, found, right
    row = next(line for line in report(tally, 1.0).splitlines() if line.startswith("direct+mixed"))
    assert row.split()[1:6] == ["20", "0.80", "1.00", "0.88", "0.70"]
