"""The present of common irregular verbs' past forms, so that a question meets its answer's tense.

"How much did the club lose?" is answered by "the club lost 1.2 million", and "who paid?" by
"… paid the bill". A stemmer leaves these forms apart; regular ones ("-ed") it joins already.
Past forms that are also common nouns or other words (found, led, held, left, saw, rose,
fell, felt, born, shot), and "won" (an election win is no answer to "who won in France?"), are
left as they are: joined, they met the wrong sentences.
"""

from __future__ import annotations

__all__ = ["PRESENT"]

PRESENT = {
    past: present
    for present, forms in {
        "lose": "lost", "pay": "paid", "buy": "bought", "sell": "sold", "tell": "told",
        "give": "gave given", "take": "took taken", "make": "made", "go": "went gone", "come": "came",
        "spend": "spent", "build": "built", "send": "sent", "keep": "kept", "begin": "began begun",
        "run": "ran", "write": "wrote written", "speak": "spoke spoken", "choose": "chose chosen",
        "break": "broke broken", "drive": "drove driven", "bring": "brought", "catch": "caught",
        "teach": "taught", "fight": "fought", "seek": "sought", "strike": "struck", "steal": "stole stolen",
        "grow": "grew grown", "know": "knew known", "throw": "threw thrown", "fly": "flew flown",
        "draw": "drew drawn", "eat": "ate eaten", "sink": "sank sunk", "flee": "fled",
        "freeze": "froze frozen", "withdraw": "withdrew withdrawn", "overcome": "overcame",
        "hear": "heard", "stand": "stood", "understand": "understood", "forget": "forgot forgotten",
        "deal": "dealt", "mean": "meant",
    }.items()
    for past in forms.split()
}
