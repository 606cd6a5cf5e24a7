"""Freezing entities into speakers: order, aliases, quoted sentences, mentions."""

from retrieval.registry import build_speakers


def test_quoted_and_named_people_become_speakers_in_order(make_reading):
    """A quoted person and a named one are speakers, in the order first seen; a silent body is not."""
    reading = make_reading("Mayor Ann Lee arrived. Lee spoke. Acme Corp waited.")
    lee = reading.table.new("Ann Lee", "person")
    lee.role = "Mayor"
    reading.table.note(lee, 0)
    body = reading.table.new("Acme Corp", "institution")
    reading.table.note(body, 2)
    reading.speaker_of[1] = lee
    speakers = list(build_speakers(reading).values())
    assert [s.name for s in speakers] == ["Ann Lee"]
    assert speakers[0].aliases == ("Ann Lee", "Ann", "Lee", "Mayor")
    assert speakers[0].sentences == (1,)
    assert speakers[0].mentions == (0, 1)


def test_quoted_body_is_a_speaker(make_reading):
    """A body that speaks is a speaker, mentioned where its full name appears."""
    reading = make_reading("Acme Corp said it would wait. Acme Corp waited.")
    body = reading.table.new("Acme Corp", "institution")
    reading.speaker_of[0] = body
    (speaker,) = build_speakers(reading).values()
    assert (speaker.name, speaker.aliases, speaker.sentences, speaker.mentions) == (
        "Acme Corp", ("Acme Corp",), (0,), (0, 1))
