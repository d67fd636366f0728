"""Which name in an attribution frame the draft makes the speaker, on invented sentences.

Each sentence below follows one mayor, Ada Obi, and one councillor, Tunde Bello, and frames
a quote in one grammatical way (object of "told", "said of", "asked"; inside "according to a
report by"; a possessive; an aside; a second clause; two joined subjects; a passive ...);
the expected speaker is who the grammar says spoke, or None where it does not say. Run
`python -m benchmarks.speech_frames`: it prints each sentence the draft gets otherwise and
the counts (wrong speaker named, left unattributed, right). The sentences were written to
probe the grammar, not taken from any labeled article; the tenth round's rules were written
against them too, so they measure coverage of the grammar, not accuracy on unseen copy.

A second list, NAME_FORMS, probes the name the draft makes of a capitalised run (a month, a
weekday, a place, a prepositional phrase, an office, a rank, an organisation or a possessive
before the name; a name given in full and later by its surname; particles, initials,
hyphenated surnames; a stray closing mark; an office nobody in the article holds). Each case
is one or more paragraphs after the same introduction and the exact name expected (None: the
text does not say). They were written before the eleventh round changed any code.

A fourth list, SPEAKERS_13, was written at the thirteenth round's start from the causes of
fresh11's misses (a name ending in "to" before "said", a person named inside the quoted
words, a possessive after "said", an attribution written as its own sentence, a name used
before a role, a participle of speech, a pronoun joined to a name, quoted words naming a
thing, a possessive noun of speech, a name nobody knows opening the paragraph, office and
particle name forms, a description of the speaker before); every quote of a case must have
the expected speaker.

A fifth list, SPEAKERS_15, was written at the fifteenth round's start from the causes of
fresh13's misses (a name after "while" that says what something shows, an indefinite
description of a known role after a quote, "queried", a name and a verb as a sentence after
a quote that ends with a stop, one who "spoke to reporters" before a paragraph of quotes, a
he/she after a fronted "As NAME ..." clause, a press-release attribution ", NAME, says."
with someone else named before it, reported speech before a paragraph of quotes, "thanked X
for his “...”"), before any rule for them was written. SPEAKERS_15B was written the same
way from fresh14's misses once the rules from fresh13's were measured on fresh14 ("NAME of
the BODY said" then a he/she, a name in an apposition followed by "by", a fronted participle
clause holding a quote, "quoted X to have said", "dismissed it as").

A sixth list, SPEAKERS_16, was written at the sixteenth round's start from the causes of
fresh15's wrong speakers and misses (a sound someone "heard" in quotation marks; a speaker
not known as a person because of the name's form: a title abbreviated with a stop, letters
after the name, a hyphenated role in the apposition; "says ROLE, NAME"), before any rule for
them was written. SPEAKERS_16B was written the same way from fresh16's once the rules from
fresh15's were measured on fresh16 (a statement as the subject of "reads", an office word
unknown as a title, a portfolio joined by "and", a role standing for a known person, a name,
a date and a colon, a he/she about the person in focus, "hailed X as").

A seventh list, SPEAKERS_17, was written at the seventeenth round's start from the causes of
fresh17's misses, before any rule for them was written; SPEAKERS_17B the same way from
fresh18's, once the rules from fresh17's were measured on fresh18.

An eighth list, SPEAKERS_19, holds the forms of fresh21's wrong speakers and of its halves'
misses that the nineteenth round reads by grammar: a one-word name the article also writes
inside a longer one, a trade in the plural, a name in apposition before a he/she, a role owned
by a team ("All Reds' captain"), a closing mark glued after a comma that opens a quote, "the
veteran harbour master added" after that person's quote, "Madam" as an honorific. (A he
after `“...,” she said` of the same person, held back, has a test: its case holds two quotes.)

A ninth list, SPEAKERS_20, holds the forms of fresh22's and fresh23's wrong speakers and misses
that the twentieth round reads by grammar: "someone heckled", words inside a claim the subject
rebuts (and "refuted claims ... as “false”", the subject's), a "whom" clause, a name in apposition
to an object before a he/she, "said Governor X identified" (X reported, not speaking), a title or a
lowercase role before a speaker heading's name, a long title with a letter dropped ("Minster"), a
hyphenated compass point before a place, an office joined by "and" before the name after a quote, a
paragraph closing a quote left open, a term after "any", "the recently elected X, 39, highlighted"
(X the subject), `“...”, the words of harbour master X`, an aside of up to 80 characters between
the name and "said", "the minister" beside a deputy minister.

A tenth list, SPEAKERS_21, holds the forms of fresh24's and fresh25's wrong speakers that the
twenty-first round reads by grammar: a namesake with another given name ("her cousin Greta
Pinto" beside Dayo Pinto), a state after a town ("of Milltown, New Jersey, who"), a quote that
opens by addressing someone ("Cllr Dan, I ..."), an office word before a name ("Coroner",
"Clr", "MEC"), a nickname in marks inside a full name. An eleventh, SPEAKERS_22, holds
fresh26's: a quoted verb before a name, a rebutted report with its author before "that", a
writer's byline after a reported clause, an office joined by "at" ("Representative-at-Large").
A twelfth, SPEAKERS_23, holds the twenty-third round's: a quote in a sentence that tells a he/she
something ("has informed her that"), an owned comment opening a clause of its own, a name glued
to a full stop ("St.Clair"), an apposition closed before the verb's auxiliary ("has said").
A thirteenth, SPEAKERS_24, the twenty-fourth round's: a participle's words when the sentence's
subject is a letter (the person asked is no speaker), a role or a verb of speech opening a
sentence before a name ("Veteran Kemi Ojo", "Said Pinto:"), a name that ends a place's ("in
Lake Ferris"), a body ending in "Force" taken for a he/she.
A fourteenth, SPEAKERS_25, the twenty-fifth round's: a person's name inside the subject of a
plural verb ("Parents at the school run by Tunde Bello have called for ...": the parents'); then,
from fresh33, a he/she after someone the draft does not know set off by ", who" (the he/she
may be theirs), and a he/she after someone who spoke "through his lawyer" (either may be
the he).
A fifteenth, SPEAKERS_27, the twenty-seventh round's recall forms, written before their code: a
paragraph with no quote whose one person speaks ("Kemi Ojo spoke to the Gazette ...", "Ojo
informs that ...") before a paragraph that is only a quote (theirs), and the guards around it
(a second person named, a person who does not speak, an unknown full name); a title set
off by commas before the name after a quote (`“...,” Mayor, Ada Obi, told the chamber`); a
he/she after a paragraph whose last sentence ends by naming its speaker ("Obi said ... But the
town is in pain, said Tunde Bello of the Trust." / `“...,” he said`: Bello's). (The round's
fourth rule, a place's initials in an aside, is a name's subject, not a frame: its test is in
tests/authoring/test_draft_recall_round27.py.)

A sixteenth, SPEAKERS_28, the twenty-eighth round's recall forms, written before their code: a
paragraph whose one person is its subject, though no verb of speech ("Coach Ada Obi was pleased
with her side."), before a paragraph that is only a quote: theirs when the article has them
speak in a sentence of their own elsewhere, nobody's when it does not (a suspect the police
describe) or when the paragraph names anyone else (the guards with a speaker elsewhere are
tests: here every quote of a case must be one person's); a name, its role set off by a comma,
and a colon before the quote ("Tunde Bello, Commissioner of Police: “...”", written after its
code, the one line of this list that was).

A seventeenth, SPEAKERS_29, the twenty-ninth round's recall forms, written before their code: a
he/she after a paragraph that names no one but the person the he/she meant before, not as its
subject ("Though the market was calm, Obi and other traders went home.", "A crowd cheered
Obi."), who stays the likely he/she (theirs); the guard, a paragraph that also names someone
else (nobody's). Then, written after their code (the one part of this list that was), words
quoted after a verb of praise or blame ("Obi thanked the volunteers for their “...”", "Obi
blasted the plan as “...”"): the subject's; not the one thanked; and a paragraph that says who made
"the statement" (the quote paragraph before it: theirs), not "the remarks of" someone else.
"""

from __future__ import annotations

import yaml

from bot.authoring import draft_briefing
from bot.authoring.draft import UNATTRIBUTED_ID

INTRO = (
    "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday. Reporter Efe Ume was there."
)
OBI, BELLO, UME = "Ada Obi", "Tunde Bello", "Efe Ume"
# (sentence, who the grammar says speaks its one quote; None: it does not say)
FRAMES: tuple[tuple[str, str | None], ...] = (
    ('Obi told Bello: "We will reopen the port."', OBI),
    ('"We will reopen the port," Obi said of Bello.', OBI),
    ('"Will you reopen the port?" Obi asked Bello.', OBI),
    ('Obi asked Bello, "Will you reopen the port?"', OBI),
    ('According to a report by Ume, "the port will reopen soon."', None),
    ('Obi\'s lawyer said, "We will appeal the ruling."', None),
    ('Obi\'s spokesman said: "We will appeal the ruling."', None),
    ('Obi arrived late and Bello said, "We waited an hour."', BELLO),
    ('Obi said Bello had told him: "The port is closed."', None),
    ('"We will reopen the port," said Obi, the mayor of the town.', OBI),
    ('Obi said Bello was "a liar and a cheat".', OBI),
    ('"We will reopen the port," Obi told Bello.', OBI),
    ('Speaking to Bello, Obi said: "We will reopen the port."', OBI),
    ('In a letter to Bello, Obi wrote: "We will reopen the port."', OBI),
    ('Bello, responding to Obi, said: "We will reopen the port."', BELLO),
    ('"We will reopen the port," Obi said, as Bello looked on.', OBI),
    ('Obi, who was appointed by Bello, said: "We will reopen the port."', OBI),
    ('Obi, who thanked Bello, said: "We will reopen the port."', OBI),
    ('Obi said she agreed with Bello that "the port must reopen."', OBI),
    ('Obi quoted Bello as saying: "The port must reopen."', BELLO),
    ('Obi said Bello once told her: "The port must reopen."', BELLO),
    ('Obi recalled that Bello said: "The port must reopen."', BELLO),
    ('"The port must reopen," Obi said Bello told her.', BELLO),  # held back: either may be meant
    ('"The port must reopen," according to Obi.', OBI),
    ('"The port must reopen," according to a statement from Obi\'s office.', None),
    ('With Bello at her side, Obi said: "The port must reopen."', OBI),
    ('Obi and Bello both said: "The port must reopen."', None),
    ('Obi thanked Bello. "The port must reopen," she said.', OBI),
    ('Bello was praised by Obi, who said: "The port must reopen."', OBI),
    ('Obi, the wife of Bello, said: "The port must reopen."', OBI),
    ('Bello\'s wife, Obi, said: "The port must reopen."', OBI),
    ('The Bello family told Obi: "The port must reopen."', None),
    ('Obi replied to Bello, saying: "The port must reopen."', OBI),
    ('Asked by Bello about the port, Obi said: "It must reopen."', OBI),
    ('Asked about Bello, Obi said: "He must go."', OBI),
    ('"The port must reopen," Obi wrote to Bello.', OBI),
    ('"The port must reopen," Obi told reporters after meeting Bello.', OBI),
    ('"The port must reopen," a statement from Obi\'s office said.', None),
    ('"The port must reopen," Bello\'s spokesman said.', None),
    ('A spokesman for Obi said: "The port must reopen."', None),
    ('A spokesman for Obi, Tunde Bello, said: "The port must reopen."', BELLO),
    ('"The port must reopen," Obi told Bello on Monday.', OBI),
    ('"The port must reopen," said Obi, the mayor.', OBI),
    ('"The port must reopen," said Obi of Bello.', OBI),
    ('"The port must reopen," Obi said of Bello\'s plan.', OBI),
    ('"Is the port open?" Obi asked Bello.', OBI),
    ('"Is the port open?" asked Obi.', OBI),
    ('"The port must reopen," according to a report by Ume.', None),
    ('According to a report by Ume, Obi said: "The port must reopen."', OBI),
    ('According to Ume, Obi said: "The port must reopen."', OBI),
    ('According to Ume, "the port must reopen."', UME),
    ('"The port must reopen," Obi\'s office said.', None),
    ('"The port must reopen," Bello\'s aide told Obi.', None),
    ('"The port must reopen," the mayor\'s husband, Bello, said.', BELLO),
    ('"The port must reopen," Bello, Obi\'s deputy, said.', BELLO),
    ('"The port must reopen," Obi said, before Bello interrupted.', OBI),
    ('"The port must reopen," Obi said, adding that Bello agreed.', OBI),
    ('"The port must reopen," Obi said, as Bello nodded.', OBI),
    ('"The port must reopen," Obi said in a letter to Bello.', OBI),
    ('"The port must reopen," Obi said, quoting Bello.', None),
    ('"The port must reopen," said a letter from Obi to Bello.', None),
    ('"The port must reopen," wrote Obi in a letter to Bello.', OBI),
    ('Bello said Obi was wrong. "The port must reopen," he said.', BELLO),
    ('Obi told Bello: "The port must reopen."', OBI),
    ('Obi told Bello that "the port must reopen."', OBI),
    ('Obi said of Bello: "He must go."', OBI),
    ('Obi asked Bello whether "the port must reopen."', OBI),
    ('Obi\'s lawyer told Bello: "The port must reopen."', None),
    ('When Obi arrived, Bello said: "The port must reopen."', BELLO),
    ('After meeting Obi, Bello said: "The port must reopen."', BELLO),
    ('Obi said that when Bello arrived he told her: "The port must reopen."', None),
    ('Obi, 45, told reporters: "The port must reopen."', OBI),
    ('Obi told reporters, as Bello looked on: "The port must reopen."', OBI),
    ('Bello said Obi had "failed the port".', BELLO),
    ('Bello accused Obi of "failing the port".', BELLO),
    ('Bello called Obi "a failure".', BELLO),
    ('Obi was called "a failure" by Bello.', BELLO),
    ('Obi was described as "a failure".', None),
    ('Obi, described by Bello as "a failure", said nothing.', BELLO),
    ('Harbour Council said: "The port must reopen."', None),
    ('Obi Street residents said: "The port must reopen."', None),
    ('"The port must reopen," said Obi, who heads the council.', OBI),
    ('"The port must reopen," said Obi, Bello\'s deputy.', OBI),
    ('"The port must reopen," Obi, Bello\'s deputy, said.', OBI),
    ('"The port must reopen," Bello\'s deputy, Obi, said.', OBI),
    ('"The port must reopen," Bello\'s deputy said.', None),
    ('"The port must reopen," a spokesman for Obi said.', None),
    ('"The port must reopen," said a spokesman for Obi.', None),
    ('"The port must reopen," said Obi\'s spokesman, Bello.', BELLO),
    ('"The port must reopen," Obi told the Herald.', OBI),
    ('"The port must reopen," Obi said in a statement to Bello.', OBI),
    ('"The port must reopen," Obi said after Bello spoke.', OBI),
    ('"The port must reopen," Obi said, responding to Bello.', OBI),
    ('"The port must reopen," Obi said when asked about Bello.', OBI),
    ('"The port must reopen," said Obi and Bello.', None),
    ('"The port must reopen," Obi and Bello said.', None),
    ('"The port must reopen," Obi said, while Bello said nothing.', OBI),
    ('Obi\'s deputy, Bello, said: "The port must reopen."', BELLO),
    ('Obi, Bello\'s deputy, said: "The port must reopen."', OBI),
    ('Bello told reporters that Obi "had failed the port".', BELLO),
    ('Obi told Bello he was "a liar".', OBI),
    ('In Obi\'s words, "the port must reopen."', OBI),
    ('As Obi put it, "the port must reopen."', OBI),
    ('Obi put it this way: "The port must reopen."', OBI),
    ('Bello said Obi\'s plan was "a disaster".', BELLO),
    ('Obi\'s plan was "a disaster", Bello said.', BELLO),
    ('Bello, Obi said, was "a disaster".', OBI),
    ('Obi said the plan, which Bello backed, was "a disaster".', OBI),
    ('The plan, Obi said, was "a disaster".', OBI),
    ('Obi, in a letter to Bello, wrote: "The port must reopen."', OBI),
    ('Obi wrote to Bello: "The port must reopen."', OBI),
    ('Obi wrote to Bello saying "the port must reopen."', OBI),
    ('Obi sent Bello a letter saying "the port must reopen."', None),
    ('Obi met Bello, telling him: "The port must reopen."', OBI),
    ('Obi criticised Bello, saying: "The port must reopen."', OBI),
    ('Obi, speaking after Bello, said: "The port must reopen."', OBI),
    ('Obi spoke after Bello. "The port must reopen," she said.', OBI),
    ('Bello spoke after Obi. "The port must reopen," she said.', None),
)

ADEYEMI = "Kemi Adeyemi"
SAID = ' said: "The port must reopen."'
QUOTED = '"The port must reopen,"'
# (paragraphs, the exact name of who speaks their one quote; None: the text does not say)
NAME_FORMS: tuple[tuple[str, str | None], ...] = (
    ("In June Obi" + SAID, OBI),
    ('In June Kemi Adeyemi told reporters: "The port must reopen."', ADEYEMI),
    ("On Monday Kemi Adeyemi" + SAID, ADEYEMI),
    ('On Tuesday Obi told reporters: "The port must reopen."', OBI),
    ("Last March Obi" + SAID, OBI),
    ("At Harbour Hall Obi" + SAID, OBI),
    ("At Harbour Hall Kemi Adeyemi" + SAID, ADEYEMI),
    ('In Warri Kemi Adeyemi told reporters: "The port must reopen."', ADEYEMI),
    ("Speaking in Warri Obi" + SAID, OBI),
    ("Outside Harbour Hall on Friday Kemi Adeyemi" + SAID, ADEYEMI),
    ("The port of Warri has been shut since May.\n\nWarri trader Kemi Adeyemi" + SAID, ADEYEMI),
    (
        "Traders in Delta have waited for months.\n\nChief Minister Delta Kemi Adeyemi" + SAID,
        ADEYEMI,
    ),
    ("Harbour Commissioner Kemi Adeyemi" + SAID, ADEYEMI),
    ("Finance Minister Kemi Adeyemi" + SAID, ADEYEMI),
    ("Deputy Harbour Master Kemi Adeyemi" + SAID, ADEYEMI),
    ("Chief Justice Kemi Adeyemi" + SAID, ADEYEMI),
    ("Attorney General Kemi Adeyemi" + SAID, ADEYEMI),
    ("Brig Kemi Adeyemi" + SAID, ADEYEMI),
    ("Lt Col Kemi Adeyemi" + SAID, ADEYEMI),
    ("Supt Kemi Adeyemi" + SAID, ADEYEMI),
    ("Capt. Kemi Adeyemi" + SAID, ADEYEMI),
    ("Det Insp Kemi Adeyemi" + SAID, ADEYEMI),
    ("Air Vice-Marshal Kemi Adeyemi" + SAID, ADEYEMI),
    ("Harbour Trust chair Kemi Adeyemi" + SAID, ADEYEMI),
    ("The Harbour Trust runs the port.\n\nHarbour Trust’s Kemi Adeyemi" + SAID, ADEYEMI),
    (
        "The Harbour Trust runs the port.\n\n"
        + QUOTED
        + " said Kemi Adeyemi of the Harbour Trust.",
        ADEYEMI,
    ),
    ("NNPC spokesperson Kemi Adeyemi" + SAID, ADEYEMI),
    ("Delta’s Kemi Adeyemi" + SAID, ADEYEMI),
    ("Nigeria's Finance Minister Kemi Adeyemi" + SAID, ADEYEMI),
    ("Obi’s deputy Kemi Adeyemi" + SAID, ADEYEMI),
    ("Trader Kemi Adeyemi lost her stall in the fire.\n\n" + QUOTED + " Adeyemi said.", ADEYEMI),
    (
        "Trader Kemi Adeyemi lost her stall in the fire.\n\n"
        'In June Adeyemi told reporters: "The port must reopen."',
        ADEYEMI,
    ),
    ("Trader Kemi Adeyemi lost her stall in the fire.\n\nAt Harbour Hall Adeyemi" + SAID, ADEYEMI),
    ("Trader Pieter van der Berg" + SAID, "Pieter van der Berg"),
    (
        "Trader Pieter van der Berg lost his stall.\n\n" + QUOTED + " Van der Berg said.",
        "Pieter van der Berg",
    ),
    ("Trader Maria de Souza" + SAID, "Maria de Souza"),
    ("Trader Maria de Souza lost her stall.\n\n" + QUOTED + " De Souza said.", "Maria de Souza"),
    ("Trader Ahmad bin Salleh" + SAID, "Ahmad bin Salleh"),
    (
        "Trader Khalid al-Faisal lost his stall.\n\n" + QUOTED + " al-Faisal said.",
        "Khalid al-Faisal",
    ),
    ("Trader K. O. Adeyemi" + SAID, "K. O. Adeyemi"),
    ("Trader J.K. Adeyemi" + SAID, "J.K. Adeyemi"),
    ("Trader Kemi O. Adeyemi" + SAID, "Kemi O. Adeyemi"),
    ("Trader Kemi Adeyemi-Bello" + SAID, "Kemi Adeyemi-Bello"),
    (
        "Trader Kemi Adeyemi-Bello lost her stall.\n\n" + QUOTED + " Adeyemi-Bello said.",
        "Kemi Adeyemi-Bello",
    ),
    ("Obi said,” “The port must reopen.”", OBI),
    (QUOTED + " the premier said.", None),
    ("Premier Kemi Adeyemi visited the harbour.\n\n" + QUOTED + " the premier said.", ADEYEMI),
    # A second batch, written after the first rules and before the second.
    ("Member of Parliament for Delta North Kemi Adeyemi" + SAID, ADEYEMI),
    ("Maulana Kemi Adeyemi" + SAID, ADEYEMI),
    ("Defence Counsel Kemi Adeyemi" + SAID, ADEYEMI),
    ("Chief Minister of Delta Kemi Adeyemi" + SAID, ADEYEMI),
    ("Delta State Governor Kemi Adeyemi" + SAID, ADEYEMI),
    ("Lagos-based trader Kemi Adeyemi" + SAID, ADEYEMI),
    ("Warri-born Kemi Adeyemi" + SAID, ADEYEMI),
    ("Ex-minister Kemi Adeyemi" + SAID, ADEYEMI),
    ("Sen. Kemi Adeyemi (D-Ohio)" + SAID, ADEYEMI),
    ("Kemi Adeyemi, 45, of Warri," + SAID, ADEYEMI),
    ("Pastor Kemi Adeyemi of Harbour Church" + SAID, ADEYEMI),
    ("Harbour Church pastor Kemi Adeyemi" + SAID, ADEYEMI),
    ("IGP Kemi Adeyemi" + SAID, ADEYEMI),
    ("Councillor-elect Kemi Adeyemi" + SAID, ADEYEMI),
    ("Former Mayor Kemi Adeyemi" + SAID, ADEYEMI),
    ("During Monday's meeting Kemi Adeyemi" + SAID, ADEYEMI),
    ("Yesterday Kemi Adeyemi" + SAID, ADEYEMI),
    ('Since June Kemi Adeyemi has said: "The port must reopen."', ADEYEMI),
    ('By March Obi was saying: "The port must reopen."', OBI),
    ("Back in Warri, Kemi Adeyemi" + SAID, ADEYEMI),
    ("Obi’s successor Kemi Adeyemi" + SAID, ADEYEMI),
    ("Trader Kemi Adeyemi lost her stall.\n\n" + QUOTED + " Mrs Adeyemi said.", ADEYEMI),
    ("Trader Kemi Adeyemi lost her stall.\n\n" + QUOTED + " Kemi said.", ADEYEMI),
    ("Trader Kemi Adeyemi lost her stall.\n\n" + QUOTED + " said Ms. Adeyemi.", ADEYEMI),
    ("Trader Kemi Adeyemi-Bello lost her stall.\n\n" + QUOTED + " Adeyemi said.", None),
    # A third batch, courtesy titles and ranks of other countries, written before the third
    # rules.
    ("Barr Kemi Adeyemi" + SAID, ADEYEMI),
    ("Pst Kemi Adeyemi" + SAID, ADEYEMI),
    ("Sqn Ldr Kemi Adeyemi" + SAID, ADEYEMI),
    ("Oba Kemi Adeyemi" + SAID, ADEYEMI),
    ("Shri Kemi Adeyemi" + SAID, ADEYEMI),
    ("Smt Kemi Adeyemi" + SAID, ADEYEMI),
    ("Mallam Kemi Adeyemi" + SAID, ADEYEMI),
    ("Evang Kemi Adeyemi" + SAID, ADEYEMI),
    ("Atty Kemi Adeyemi" + SAID, ADEYEMI),
    ("Pte Kemi Adeyemi" + SAID, ADEYEMI),
    ("DCI Kemi Adeyemi" + SAID, ADEYEMI),
    ("Wg Cdr Kemi Adeyemi" + SAID, ADEYEMI),
    ("Prophet Kemi Adeyemi" + SAID, ADEYEMI),
    ("Igwe Kemi Adeyemi" + SAID, ADEYEMI),
    ("Commr Kemi Adeyemi" + SAID, ADEYEMI),
)


# A batch of descriptions of someone already named, written before the twelfth round's rules:
# a definite description speaks for the ONE person the article gave that age, role or office
# before the quote; none or two: nobody. Each case follows INTRO (a mayor, a councillor, a
# reporter). A heading "ROLE, NAME:" or "NAME:" alone names the speaker of the quotes below it.
DESCRIPTIONS: tuple[tuple[str, str | None], ...] = (
    ("Kemi Adeyemi, 64, runs a stall.\n\n" + QUOTED + " the 64-year-old stressed.", ADEYEMI),
    (
        "Kemi Adeyemi, 64, and Musa Dan, 64, run stalls.\n\n" + QUOTED + " the 64-year-old said.",
        None,
    ),
    ("Kemi Adeyemi, 64, runs a stall.\n\n" + QUOTED + " the 52-year-old said.", None),
    (QUOTED + " the councillor said.", BELLO),
    (QUOTED + " the local city councillor says.", BELLO),
    (QUOTED + " the mayor added.", OBI),
    ("Councillor Musa Dan arrived later.\n\n" + QUOTED + " the councillor said.", None),
    ("Former governor Kemi Adeyemi attended.\n\n" + QUOTED + " the former governor said.", ADEYEMI),
    (
        "Kemi Adeyemi, a former president of the traders, spoke.\n\n"
        + QUOTED
        + " the former president said.",
        ADEYEMI,
    ),
    ("Labour leader Kemi Adeyemi attended.\n\n" + QUOTED + " the Labour leader said.", ADEYEMI),
    (
        "Nigerian minister Kemi Adeyemi attended.\n\n" + QUOTED + " the Nigerian minister said.",
        ADEYEMI,
    ),
    (QUOTED + " the minister said.\n\nMinister Kemi Adeyemi arrived later.", None),
    (QUOTED + " the governor said.", None),
    (
        "Kemi Adeyemi, the harbour master, attended.\n\n" + QUOTED + " the harbour master said.",
        ADEYEMI,
    ),
    ("The minister said: " + '"The port must reopen."' + "\n\nMinister Kemi Adeyemi spoke.", None),
    (
        "HARBOUR MASTER, KEMI ADEYEMI:\n\n" + '"The port must reopen."\n\n"Ships are waiting."',
        ADEYEMI,
    ),
    ("Kemi Adeyemi:\n\n" + '"The port must reopen. Ships are waiting."', ADEYEMI),
)


PINTO = "Dayo Pinto"
CRUZ = "Kemi de la Cruz"
# (paragraphs, who speaks every one of their quotes; None: the text does not say)
SPEAKERS_13: tuple[tuple[str, str | None], ...] = (
    ("Councillor Dayo Pinto arrived late.\n\nMr Pinto" + SAID, PINTO),
    (
        "Councillor Dayo Pinto arrived late.\n\nPinto told reporters: " + '"The port must reopen."',
        PINTO,
    ),
    ('Obi visited the market.\n\n"I am just a mayor and cannot work magic," she said.', OBI),
    ('Obi toured the ward.\n\n"Not a single resident was left behind," she said.', OBI),
    ('Obi toured the ward, where a resident waved. "It is a fine ward," she said.', None),
    ('Obi said Bello\u2019s plan was "a disgrace". She added, "It cannot stand."', OBI),
    ('"The port must reopen." Said Obi.', OBI),
    ('"The port must reopen." Said to be busy, it was closed.', None),
    (
        '"We will appeal," said Obi lawyer Kemi Adeyemi in a statement. "We will win."',
        ADEYEMI,
    ),
    ('Obi defended the plan by claiming there was "no better way".', OBI),
    ('Obi said she and Bello agreed to meet again "in a few months."', None),
    ('Obi said the council had ended its "open door" policy.', None),
    ("Bello agreed with the council\u2019s description of the port as " + '"a failure".', None),
    (
        "Sade Kuti, AM for Warri, said she was worried about what she called " + '"a disgrace".',
        "Sade Kuti",
    ),
    ("Majority Chief Whip Kemi Adeyemi" + SAID, ADEYEMI),
    ("Police chief Kemi de la Cruz spoke.\n\n" + QUOTED + " said a tearful de la Cruz.", CRUZ),
    ("Police chief Kemi de la Cruz spoke.\n\n" + QUOTED + " de la Cruz said.", CRUZ),
    (
        "Minister for Health, Social Services and Public Safety, Kemi Adeyemi, spoke.\n\n"
        "The Minister" + SAID,
        ADEYEMI,
    ),
    (
        "Obi was criticised by opposition spokesman Kemi Adeyemi, who said the port was "
        "failing.\n\nThe Warri Assembly member" + SAID,
        ADEYEMI,
    ),
    ("Obi said the port was failing.\n\nThe harbour master" + SAID, None),
)

ADEYEMI_SAID = "Harbour master Kemi Adeyemi visited the port on Monday.\n\n"
# (paragraphs, who speaks every one of their quotes; None: the text does not say)
SPEAKERS_15: tuple[tuple[str, str | None], ...] = (
    ('Obi spoke first, while Bello says it shows how "hare-brained" the plan was.', BELLO),
    ('Bello says it shows how "hare-brained" the plan was.', BELLO),
    (ADEYEMI_SAID + '"The port must reopen" an angry harbour master disclosed.', ADEYEMI),
    ('"Will the port ever reopen?" Hon. Bello queried.', BELLO),
    ('"The port must reopen." Bello said.', BELLO),
    ('"The port must reopen." Harbour councillor Tunde Bello lamented', BELLO),
    (
        "One of the traders, Dayo Pinto, spoke to reporters during a walkabout.\n\n"
        '"The port must reopen. Ships are waiting."',
        PINTO,
    ),
    ('As Mayor Ada Obi enters her second term, she said: "The port must reopen."', OBI),
    (
        "Claims from Councillor Tunde Bello that the port is fine are not supported by"
        " traders, the harbour master, Kemi Adeyemi, says.\n\n"
        '"The port must reopen.\n\n"Ships are waiting."',
        ADEYEMI,
    ),
    (
        "Shadow Minister for Ports Kemi Adeyemi said two years in, the port is failing.\n\n"
        '"The port must reopen."',
        ADEYEMI,
    ),
    ('Announcing the plan on Twitter, Obi thanked Bello for his "sharp eyes."', OBI),
    ('"The port must reopen," Bello said. "Ships are waiting." Obi said nothing.', BELLO),
)

# (paragraphs, who speaks every one of their quotes; None: the text does not say): written
# from the causes of fresh14's misses, after the rules from fresh13's, before any of theirs.
SPEAKERS_15B: tuple[tuple[str, str | None], ...] = (
    (
        "Dayo Pinto of the Harbour Trust said ships could wait a week.\n\n"
        'He said: "The port must reopen."',
        PINTO,
    ),
    (
        "Obi spoke on Monday while reacting to the kidnap of her aide, Mr. Efe Ume, by gunmen"
        ' at the port.\n\nShe said: "The port must reopen."',
        OBI,
    ),
    ('Stressing that the port is "a lifeline", Obi said it must reopen.', OBI),
    ('"The port must reopen," Bello quoted Obi to have said.', OBI),
    ('Obi spoke first, while Bello dismissed it as "a relic".', BELLO),
    ('Bello dismissed the port as "a relic of the past".', BELLO),
)


# The sixteenth round, from fresh15 (each quote of a case must have the expected speaker).
SPEAKERS_16: tuple[tuple[str, str | None], ...] = (
    (
        "Dayo Pinto told firefighters she was in the back of the house. She said she heard a"
        " “pop” and the house then filled with smoke.",
        None,
    ),
    ('"The port must reopen," said Coun. Dayo Pinto.', PINTO),
    ('"The port must reopen," said Cllr. Dayo Pinto on Monday.', PINTO),
    ('Dayo Pinto MS replied: "The port must reopen."', PINTO),
    ('Dayo Pinto MP said: "The port must reopen."', PINTO),
    (
        "Speaking after the meeting, Dayo Pinto, vice-chairman of the Harbour Trust, said he"
        ' was disappointed.\n\nHe said: "The port must reopen."',
        PINTO,
    ),
    ('"The port must reopen," says union president, Dayo Pinto.', PINTO),
    ('"The port must reopen," says worker, Dayo Pinto.', PINTO),
)


# The sixteenth round, from fresh16.
SPEAKERS_16B: tuple[tuple[str, str | None], ...] = (
    (
        "The party in a statement signed by its secretary, Dayo Pinto had claimed that rivals"
        ' were plotting.\n\n"The port must reopen. Ships are waiting" the statement reads.',
        None,
    ),
    ('"The port must reopen," said principal Headmaster Dayo Pinto.', PINTO),
    (
        "Minister for Transport and City Services Dayo Pinto has urged calm.\n\n"
        '"The port must reopen," Dayo Pinto told the Assembly.',
        PINTO,
    ),
    (
        "Justice Dayo Pinto heard the petition on Monday.\n\n"
        '"Was the port ever closed?" the judge said.',
        PINTO,
    ),
    (
        "Harbour master Dayo Pinto spoke on Monday.\n\nThe harbour master said the ships would"
        ' wait. "The port must reopen."',
        PINTO,
    ),
    (
        'Harbour master Dayo Pinto spoke twice.\n\nMr Pinto on October 4: "The port must reopen."',
        PINTO,
    ),
    (
        "Harbour master Dayo Pinto spoke on Monday.\n\nPinto was asked about the delays.\n\n"
        "He admitted the plan was late, but said the works were “reassuring”.",
        PINTO,
    ),
    ("Dayo Pinto hailed the harbour master as “an icon back home.”", PINTO),
)


# The seventeenth round, from fresh17's misses (each quote of a case must have the expected
# speaker): a paragraph that introduces its subject's words without a verb of saying before
# a paragraph that is only a quote, a description or a fronted name before a he/she, a
# participle after a noun, a short form of a first name, a noun of speech as a subject.
JOSEPH = "Joseph Pinto"
SPEAKERS_17: tuple[tuple[str, str | None], ...] = (
    (
        "Harbour master Dayo Pinto released a statement expressing his thoughts on the"
        " closure:\n\n“The port must reopen.\n\nShips are waiting.”",
        PINTO,
    ),
    (
        "Harbour master Dayo Pinto spoke on Monday.\n\nPinto went on to discuss the future of"
        " the harbour, always a tough subject.\n\n“The port must reopen.”",
        PINTO,
    ),
    (
        "Harbour master Dayo Pinto spoke on Monday.\n\nThe harbour master concluded expressing"
        " hope about the talks.\n\n“The port must reopen.”",
        PINTO,
    ),
    (
        "For Pinto, it was all about the ships. “The port must reopen,” he told the media.",
        PINTO,
    ),
    (
        "Dayo Pinto, 19, who lives nearby, said she heard shouting.\n\nThe mother of two told"
        " reporters: “The port must reopen.”",
        PINTO,
    ),
    (
        "Harbour master Dayo Pinto has responded to questions about the closure saying “the"
        " port must reopen,” but he has not said when.",
        PINTO,
    ),
    (
        "Union president Joseph Pinto spoke first.\n\nJoe Pinto works at the port. “The port"
        " must reopen,” he says.\n\n“Ships are waiting,” says Pinto.",
        JOSEPH,
    ),
    (
        "Dayo Pinto said the harbour master's comments showed “a closed mind” and that the"
        " vote “was a charade”.",
        PINTO,
    ),
)


# The seventeenth round, from fresh18's misses once the rules from fresh17's were measured
# on fresh18: a name and a role on a line of their own over topic lines and quotes, a he/she
# after a paragraph about one person, a role without "the" after "says", a who-clause
# between a name and its verb.
SPEAKERS_17B: tuple[tuple[str, str | None], ...] = (
    (
        "Dayo Pinto, harbour master\n\nOn the closure:\n\n“The port must reopen.”\n\nOn the"
        " ships:\n\n“Ships are waiting.”",
        PINTO,
    ),
    ("Dayo Pinto, prop\n\n“The port must reopen.”", PINTO),
    (
        "Harbour master Dayo Pinto took over in May.\n\nPinto was made to explain it all at"
        ' the press conference.\n\n"The port must reopen," he said.',
        PINTO,
    ),
    (
        "Harbour master Dayo Pinto took over in May.\n\n“The port must reopen,” says harbour"
        " master.",
        PINTO,
    ),
    (
        "Gov Dayo Pinto of Imo state who spoke with journalists after the meeting assured"
        " residents that “the port must reopen.”",
        PINTO,
    ),
)

SPEAKERS_19: tuple[tuple[str, str | None], ...] = (
    (
        "Dayo Tolland refused to move his car from the dock on Monday.\n\nBut Dayo stood his"
        ' ground.\n\n"The port must reopen," Dayo said.',
        "Dayo Tolland",
    ),
    (
        "Ships wait, said Minister in the Prime Minister's Department Dayo Pinto.\n\nDayo said"
        ' the rules had not changed. "The port must reopen," she said.',
        PINTO,
    ),
    (
        "Harbour Governor H.E DR. FCPA Dayo Amboko Pinto Thursday opened a dock.\n\nSpeaking at"
        ' the launch, Governor Pinto said: "The port must reopen."',
        "Dayo Amboko Pinto",
    ),
    (
        "Harbour master Dayo Pinto, of the port board, has warned of delays.\n\nThe harbour"
        " master speaking with Newsmen had said the dock was full.\n\nIn an interview she said,"
        ' "The port must reopen."',
        PINTO,
    ),
    (
        "Contradicting reports that the dock had been shut by the harbour master, Dayo Pinto,"
        ' she said no order was given.\n\n"The port must reopen," she said.',
        UME,  # the subject of the paragraph before, never the apposition
    ),
    (
        "After the match, All Reds' captain Dayo Pinto was asked where he thought it went"
        ' wrong. "The port must reopen."',
        PINTO,
    ),
    ("Harbour master Dayo Pinto spoke on Monday.\n\nPinto stated,”The port must reopen.”", PINTO),
    (
        '"Ships are waiting," said harbour master Dayo Pinto.\n\n"The port must reopen," the'
        " veteran harbour master added.",
        PINTO,
    ),
    ("Her mother, Madam Dayo, stands by her.\n\n“The port must reopen,” said Madam Dayo.", "Dayo"),
)


SPEAKERS_20: tuple[tuple[str, str | None], ...] = (
    ("Harbour master Dayo Pinto spoke.\n\n“Leave the dock then,” someone heckled.", None),
    ("“Shame on you,” Dayo Pinto heckled from the gallery.", PINTO),
    (
        "Harbour master Dayo Pinto dismisses criticism that she was too slow and needed to be"
        " “reined in”.",
        None,
    ),
    ("Harbour master Dayo Pinto refuted claims that the dock would close as “false”.", PINTO),
    (
        'Asked about Bello, to whom the harbour master referred as a "dangerous fool," Obi said'
        " the matter was closed.",
        None,
    ),
    (
        "Harbour master Dayo Pinto spoke on radio.\n\nAnd she called on the port director, Musa"
        " Dan, to act.\n\n“We should work together,” she said.",
        PINTO,
    ),
    (
        "The Harbour Commissioner, Dayo Pinto, backed the plan.\n\nSpeaking on radio, the"
        " Commissioner said Governor Musa Dan identified with the workers.\n\n“He did"
        " everything to avert a strike,” she said.",
        PINTO,
    ),
    ("Captain Dayo Pinto:\n\n“The port must reopen.”", PINTO),
    ("Head coach Dayo Pinto:\n\nOn the strike:\n\n“The port must reopen.”", PINTO),
    (
        "“The port must reopen,” Minister of Ports Dayo Pinto said.\n\nMinster Pinto concluded,"
        " “Ships are waiting.”",
        PINTO,
    ),
    (
        "Ships were held, according to Queensland’ Port Authority.\n\n“Storms hit South-East"
        " Queensland.”",
        None,
    ),
    (
        "“The port must reopen,” Minister for Ports and Harbours and Coastal Resilience Minister"
        " Dayo Pinto said on Monday.",
        PINTO,
    ),
    (
        "Harbour master Dayo Pinto said the dock would reopen.\n\n“In May we start the works. We"
        " are working with the board.\n\nThis will allow ships to dock,” Pinto said.",
        PINTO,
    ),
    (
        "Harbour master Dayo Pinto spoke.\n\nThe port would have thwarted any ‘Harbour process’,"
        " Pinto said.",
        None,
    ),
    (
        "Speaking on Radio Uno the recently elected Dayo Pinto, 39, highlighted the debts.\n\n"
        "“The port must reopen,” she said.",
        PINTO,
    ),
    ("“The port must reopen”, the words of harbour master Dayo Pinto on Monday.", PINTO),
    (
        "“The port must reopen,” Dayo Pinto, a member of the Kwai Chung Subdivided Flat Residents"
        " Alliance, said.",
        PINTO,
    ),
    (
        "With the Deputy Minister of Ports, Musa Dan, the Harbour Minister Dayo Pinto toured the"
        " dock.\n\n“The port must reopen,” the minister said.",
        PINTO,
    ),
)

# The forms of fresh24's and fresh25's wrong speakers read by grammar (twenty-first round).
SPEAKERS_21: tuple[tuple[str, str | None], ...] = (
    (
        "Harbour master Dayo Pinto was hurt on Wednesday.\n\nOn Thursday her cousin Greta Pinto"
        " laid flowers. She says the family is shaken.\n\n“We are heartbroken,” she said.",
        "Greta Pinto",
    ),
    (
        "Dayo Pinto, a resident of Milltown, New Jersey, who saw the flood, left the town.\n\n"
        "“Seeing your home wrecked is not good,” she said.",
        PINTO,
    ),
    (
        "Harbour master Dayo Pinto took questions.\n\nCllr Musa Dan asked whether she would"
        " resign.\n\nShe responded: “Cllr Dan, I do not share your views.”",
        PINTO,
    ),
    ("“Crews are finding more bodies,” Coroner Dayo Pinto said.", PINTO),
    ("Harbour master Dayo “Sunny” Pinto spoke.\n\n“The port must reopen,” Pinto said.", PINTO),
    ("Councillor Dayo Pinto spoke.\n\n“The port must reopen,” Clr Pinto said.", PINTO),
    ("Ports MEC Dayo Pinto spoke.\n\n“The port must reopen,” said MEC Pinto.", PINTO),
)


# Twenty-second round (fresh26's wrong speakers): a quoted verb before a name makes no
# subject of the name; words of a claim rebutted, with who made it before its "that"; a
# writer's byline closing a sentence with a speech verb of its own; an office joined by
# a lowercase link ("Representative-at-Large").
SPEAKERS_22: tuple[tuple[str, str | None], ...] = (
    (
        "Harbour master Dayo Pinto spoke on Friday.\n\nPinto wrote to the paper about how the"
        " mayor had “snubbed” Governor Ana Lima during a meeting.\n\n“That is not how we"
        " work,” she said.",
        PINTO,
    ),
    (
        "Pinto dismissed a report by a local paper that the mayor had “snubbed” the governor.",
        None,
    ),
    (
        "The port board said it had ‘let sailors down’ and given its ‘deep regrets’ for the"
        " delays, writes Dayo Pinto.",
        None,
    ),
    ("Port Representative-at-Large Dayo Pinto spoke.\n\n“The port must reopen,” she said.", PINTO),
    # fresh27's (written after their rules): a subject inside a clause the speaker reports;
    # a surname alone that the article also writes after another name word.
    (
        "Harbour master Dayo Pinto said one of the accused, Abel Musa, was the first to fire,"
        " even as officers were attacked.\n\nThe rifles were in “locked” position, she added.",
        PINTO,
    ),
    (
        "At the forum, Christian Pinto, head of Depot Group, spoke.\n\n“The port must"
        " reopen,” Pinto said.",
        None,
    ),
)


# Written after the rules they measure (time), each from a form seen over all the sets.
SPEAKERS_23: tuple[tuple[str, str | None], ...] = (
    (
        "Dayo Pinto said the port must reopen. But according to her, the board must vote."
        " Pinto’s deputy has informed her that the board “would rather wait a month”.",
        None,
    ),
    (
        "“The port must reopen,” Dayo Pinto said.\n\nShe claimed that Governor Ana Lima’s"
        " comments about the port are based on “wrong” reports.",
        PINTO,
    ),
    ("Minister Dayo St.Clair spoke.\n\n“The port must reopen,” said Minister Dayo St.Clair.", None),
    (
        "Dayo Pinto, chief executive of the Harbour Board, has described the delays as"
        " “regrettable”.",
        PINTO,
    ),
)

SPEAKERS_24: tuple[tuple[str, str | None], ...] = (
    (
        "Transport Minister Dayo Pinto announced the task force in a letter on Friday.\n\n"
        "Union president Kemi Ojo was quick to refute the minister’s claim in her own letter"
        " on Saturday.\n\nThe letter went on to ask Pinto to retract his statement, calling"
        " it “misleading” as well as “deeply unfair.”",
        None,
    ),
    (
        "Starter Paul Ferris, who was taken out after two innings, and manager Kemi Ojo argued"
        " after the game.\n\n“I felt fine out there,” Ferris said.",
        "Paul Ferris",
    ),
    (
        "Ojo insisted that neither Bello nor pitching coach Dayo Pinto asked her how she was"
        " feeling.\n\nSaid Pinto: “When she is throwing that way, something is wrong in that"
        " arm.”\n\nBello said Pinto told him that the pitcher was slow.",
        PINTO,
    ),
    (
        "The storm has cleared the coast, the weather service in Lake Marcus confirmed on"
        " Sunday.\n\nThe system turned north. Forecaster Dayo Pinto of the weather station in"
        " Lake Marcus, said there is “potential for storms” in the north.",
        None,
    ),
    (
        "Deputy Commissioner Dayo Pinto spoke at a briefing on Monday.\n\nThe extra officers,"
        " he said, will come from the academy. Members of the Island Special Constabulary Force"
        " (ISCF) will direct traffic. “The markets will be our focus,” he said.",
        PINTO,
    ),
    (
        "The council called on the mayor to dismiss Dayo Pinto on claims that she was not aware"
        " of several “armed guards” at the port.",
        None,
    ),
)

# Written before the code each measures (round 25).
SPEAKERS_25: tuple[tuple[str, str | None], ...] = (
    (
        "Parents at the school run by Tunde Bello have called on the council to find “a fair"
        " solution” for the children.",
        None,
    ),
    (
        "Members of the club chaired by Ada Obi are demanding “an apology and a refund” from"
        " the league.",
        None,
    ),
    (
        "Residents near Bello have called on the government to prioritise “calmer towns” for"
        " migrants.",
        None,
    ),
    (
        "Dayo Pinto, a councillor for the valley, told reporters the bridge had gone. Amadi,"
        " who toured the valley by helicopter, spoke of the harvest. He urged people to move,"
        " promising “my office will help you rebuild.”",
        None,
    ),
    (
        "Dayo Pinto told the court through his lawyer Paul Ferris that he was not ready to"
        " open his defence.\n\n“We are not ready to proceed today,” he said.",
        None,
    ),
)

SPEAKERS_27: tuple[tuple[str, str | None], ...] = (
    (
        "Harbour trader Efe Ume spoke to the Gazette during a walk along the pier when"
        " inspectors visited the market.\n\n“It is not right what they are doing. The pier has"
        " been dirty for years.”",
        UME,
    ),
    (
        "Efe Ume informs that the market has always kept its accounts in that fashion.\n\n"
        "“The accounts are the official record, and they are posted every week.”",
        UME,
    ),
    (
        "Efe Ume spoke to the Gazette after Tunde Bello visited the market.\n\n“It is not"
        " right what they are doing.”",
        None,
    ),
    (
        "Efe Ume was arrested at the market on Monday.\n\n“He is a danger to the traders.”",
        None,
    ),
    (
        "Efe Ume spoke to the Gazette after Kofi Mensah closed the market.\n\n“It is not"
        " right what they are doing.”",
        None,
    ),
    ("“He was never given a chance,” Mayor, Ada Obi, told the chamber.", OBI),
    ("“This will not be tolerated,” Harbour Councillor, Tunde Bello, warned.", BELLO),
    ("“He was never given a chance,” Mayor, Ada Obi, and Tunde Bello told the chamber.", None),
    (
        "Obi said she is confident the harbour will reopen. But the traders are still in pain,"
        " said Councillor Tunde Bello of the Harbour Trust.\n\n“The needless kind of pain we go"
        " through disrupts our town,” he said.",
        BELLO,
    ),
    (
        "Obi said the harbour will reopen. Tunde Bello toured the pier on Monday.\n\n“The pain"
        " disrupts our town,” he said.",
        None,
    ),
)

SPEAKERS_28: tuple[tuple[str, str | None], ...] = (
    (
        "Mayor Ada Obi was pleased with the way the harbour works went this year.\n\n“We kept"
        " to the plan and the pier is nearly done.”\n\n“It was a hard year,” Obi said.",
        OBI,
    ),
    (
        "Obi played down her role in the deal.\n\n“The traders did the work, not the"
        " council.”\n\n“It was a hard year,” Obi said.",
        OBI,
    ),
    (
        "Efe Ume was arrested at the market on Monday.\n\n“He is a danger to the traders.”",
        None,
    ),
    ("Obi was pleased after Tunde Bello signed the deal.\n\n“The traders did the work.”", None),
    ("Tunde Bello, Commissioner of Police: “We stopped a red truck on the highway.”", BELLO),
    ("Ada Obi, mayor and chair of the Harbour Trust: “It was a hard year for the port.”", OBI),
)


SPEAKERS_29: tuple[tuple[str, str | None], ...] = (
    (
        "“We had no warning at all,” Obi said.\n\nThough the market was calm by noon, Obi and"
        " other traders went home.\n\n“I will come back tomorrow,” she said.",
        OBI,
    ),
    (
        "“We had no warning at all,” Obi said.\n\nA crowd cheered Obi at the gate on"
        " Monday.\n\n“I will come back tomorrow,” she said.",
        OBI,
    ),
    (
        "“We had no warning at all,” Obi said.\n\nThough the market was calm by noon, Obi and"
        " Efe Ume went home.\n\n“I will come back tomorrow,” she said.",
        None,
    ),
    ("Obi thanked the volunteers for their “quiet hard work over a long winter”.", OBI),
    ("Obi blasted the plan as “the worst idea this council has had in years”.", OBI),
    ("Traders thanked Bello for his “quiet hard work over a long winter”.", None),
    ("“The port will reopen on Monday.”\n\nObi made the statement at a briefing.", OBI),
    ("“The port will reopen on Monday.”\n\nObi made the remarks of Bello her own.", None),
)


# Round 30 (recall): verbs that report words to an addressee or repeat them, written before
# their code ("reassured", "informed", "encouraged", "challenged", "repeated", "questioned",
# "referred to ... as"); the one addressed is never the speaker. "reminded" and "appealed"
# were measured and left out: each lost a right speaker ("the judge reminded the lawyer").
SPEAKERS_30: tuple[tuple[str, str | None], ...] = (
    ("Obi reassured traders that “the port will reopen on Monday”.", OBI),
    ("Obi informed the council that “the port will reopen on Monday”.", OBI),
    ("Obi encouraged traders to “keep calm and carry on”.", OBI),
    ("Obi challenged the council to “show us the figures”.", OBI),
    ("Obi repeated that “the port will reopen on Monday”.", OBI),
    ("Obi questioned “why the port was closed at all”.", OBI),
    ("Obi referred to the plan as “a disgrace to the town”.", OBI),
    # From fresh42's misses, written before their code: words shouted or hit back with, and
    # a statement issued "that ...".
    ("Obi blurted out to no one in particular, “I’ll go get it.”", OBI),
    ("Obi turned to the traders and yelled, “We got the pier back!”", OBI),
    ("Obi screamed, “Get off the pier!”", OBI),
    ("Obi lashed back on Facebook that “we won’t take any lecturing from the council”.", OBI),
    ("Obi hit back at Bello: “The plan is a disgrace to the town.”", OBI),
    ("Obi has issued a statement that she was “aware” of the closure.", OBI),
    ("The council issued a statement that Obi was “aware” of the closure.", None),
    # From fresh43's misses, written before their code: an apposition after the speaker's
    # name whose closing comma is left out before the verb.
    ("“The port will reopen,” Ada Obi, Director of Harbour Trust (HT) told the Gazette.", OBI),
    ("“The port will reopen,” Ada Obi, chair of the Harbour Trust said.", OBI),
    ("“The port will reopen,” Ada Obi, Tunde Bello and Efe Ume said.", None),
    ("“The port will reopen,” Ada Obi, whom Bello praised, said on Monday.", OBI),
    # From fresh43, written with their code: a credit line, the bare name after the quote.
    ("“The port will reopen on Monday.” Ada Obi", OBI),
    (
        "Rather than helping traders, “the council has chosen to close the port”. Cr Tunde Bello.",
        BELLO,
    ),
    ("“The port will reopen on Monday.” Ada Obi and Tunde Bello.", None),
)


def _speakers(text: str) -> set[str | None]:
    """Who the draft gives each quote of the text to (None: unattributed)."""
    data = yaml.safe_load(draft_briefing("Harbour row\n\n" + INTRO + "\n\n" + text + "\n"))
    return {
        None if figure["id"] == UNATTRIBUTED_ID else str(figure["name"])
        for figure in data["figures"]
        if figure.get("quotes")
    }


def _first_speaker(text: str) -> str | None:
    data = yaml.safe_load(draft_briefing("Harbour row\n\n" + INTRO + "\n\n" + text + "\n"))
    for figure in data["figures"]:
        if figure.get("quotes"):
            return None if figure["id"] == UNATTRIBUTED_ID else str(figure["name"])
    return None


def speaker(sentence: str) -> str | None:
    """Who the draft of the sentence (after the introduction) says speaks its quote."""
    return _first_speaker(sentence)


def _report(label: str, cases: tuple[tuple[str, str | None], ...], *, every: bool = False) -> None:
    wrong = unsure = 0
    for text, want in cases:
        if every:  # every quote of the case: the one speaker named, else the first wrong one
            found = _speakers(text)
            got = want if found == {want} else next((s for s in found if s != want), None)
        else:
            got = _first_speaker(text)
        if got == want:
            continue
        if got is None:
            unsure += 1
        else:
            wrong += 1
        shown = text.replace("\n\n", " / ")
        print(f"  {'WRONG' if got else 'UNSURE'} {got!r} (expected {want!r}): {shown}")
    right = len(cases) - wrong - unsure
    print(
        f"{len(cases)} {label}: {right} as expected, {wrong} with a wrong speaker named,"
        f" {unsure} left unattributed"
    )


def main() -> None:
    """Print the cases the draft reads otherwise than expected, then the counts."""
    _report("frames", FRAMES)
    _report("name forms", NAME_FORMS)
    _report("descriptions", DESCRIPTIONS)
    _report("thirteenth-round speakers", SPEAKERS_13, every=True)
    _report("fifteenth-round speakers", SPEAKERS_15, every=True)
    _report("fifteenth-round speakers, second batch", SPEAKERS_15B, every=True)
    _report("sixteenth-round speakers", SPEAKERS_16, every=True)
    _report("sixteenth-round speakers, second batch", SPEAKERS_16B, every=True)
    _report("seventeenth-round speakers", SPEAKERS_17, every=True)
    _report("seventeenth-round speakers, second batch", SPEAKERS_17B, every=True)
    _report("nineteenth-round speakers", SPEAKERS_19, every=True)
    _report("twentieth-round speakers", SPEAKERS_20, every=True)
    _report("twenty-first-round speakers", SPEAKERS_21, every=True)
    _report("twenty-second-round speakers", SPEAKERS_22, every=True)
    _report("twenty-third-round speakers", SPEAKERS_23, every=True)
    _report("twenty-fourth-round speakers", SPEAKERS_24, every=True)
    _report("twenty-fifth-round speakers", SPEAKERS_25, every=True)
    _report("twenty-seventh-round speakers", SPEAKERS_27, every=True)
    _report("twenty-eighth-round speakers", SPEAKERS_28, every=True)
    _report("twenty-ninth-round speakers", SPEAKERS_29, every=True)
    _report("thirtieth-round speakers", SPEAKERS_30, every=True)


if __name__ == "__main__":
    main()
