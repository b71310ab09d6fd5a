"""People as speakers: the person quoted by "цитировать", referred to by "со ссылкой на", the
subject before a role noun, a pronoun's antecedent and a person noun's phrase (the person whose
written role fits it: ``roles``).
"""

from __future__ import annotations

import re

from ..lang import gender, grammar, marks, morph, speech
from ..lang.letters import CYRILLIC_WORD, before_spaces
from ..lang.marks import QUOTES
from ..records import Mention, Name
from ..roles import person_head
from .shared import (
    ADDRESSEE,
    ATTRIBUTION_REACH,
    CLAUSE_BREAK,
    DEMONSTRATIVE,
    INTERRUPTED,
    REPORTED,
    SPACE,
    Document,
    Mentions,
    Span,
    as_normal,
    genders_of,
    in_nominative,
    is_finite,
    sentence_start,
    verb_gender,
)

PREDICATE_OR_ADVERB = grammar.VERBAL | {"PRED"}  # ends a person noun's words: "— сказал футболист"
ATTRIBUTION_WORD = re.compile(r"\w[\w-]*")
RELATIVE = re.compile(r",\s*(?:который|которая)(?!\w)", re.IGNORECASE)  # the subject's "который"
# how far back a pronoun's person may be named: about a long paragraph. Further back, the text has
# moved on, and "она" is most often someone NER did not find ("представительница банка")
ANTECEDENT_REACH = 1_000
# how many sentences naming no one a role noun's subject may stand back beyond the sentence before
# ("Тимур Цхурбати рассказывает … . По его словам, … . «…», — рассказывает предприниматель")
UNNAMED_SENTENCES = 2
REFERENCE = re.compile(r"(?<!\w)со\s+ссылкой\s+на(?!\w)", re.IGNORECASE)
REFERENCE_WORDS = 4  # "со ссылкой на местного профсоюзного лидера Олега Федорова"
WHOM = re.compile(r"(?<!\w)(?:которого|которую|которых)\s+$", re.IGNORECASE)
PARAGRAPH_BREAK = re.compile(r"[\n\r]\s*[\n\r]")
OPEN_MARK = re.compile(f"[{marks.OPENING}]")
CLOSE_MARK = re.compile(f"[{marks.CLOSING}]+")


def quoted_person(found: Document, verb: int, stop: int) -> tuple[str, str | None] | None:
    """Who is quoted when the speech verb is "цитировать" ("— цитирует слова Иванова газета",
    "Заключение цитирует письмо Ивановой"): not its subject, who quotes, but the first person
    named after it in an oblique case ("— цитирует РБК Иванова": not РБК, the subject). None
    for another verb, after "которого" ("Иванов, которого цитирует РБК": the person before),
    or when no one after it is surely oblique ("цитирует Regnum Минченко"): the other rules."""
    word = CYRILLIC_WORD.match(found.text, verb)
    if word is None or not speech.is_quoting(word.group().lower()):
        return None
    if WHOM.search(found.text, max(0, verb - 20), verb):
        return None
    people = found.people_at.within(verb, stop)
    named = [m for m in people if not (as_normal(m) and may_be_nominative(m))]
    first = min(named, key=lambda m: m.start) if named else None
    return (first.text, first.entity) if first else None


def referred_person(found: Document, start: int, stop: int) -> Mention | None:
    """The person an outlet's report refers to ("Издание сообщало со ссылкой на профсоюзного
    лидера Олега Федорова, что «…»"): the first person named after "со ссылкой на", within a
    few words; not when an unnamed source is referred to ("со ссылкой на источник")."""
    reference = REFERENCE.search(found.text, start, stop)
    if reference is None:
        return None
    after = found.people_at.within(reference.end(), stop)
    first = min(after, key=lambda m: m.start) if after else None
    if first is None or len(found.text[reference.end() : first.start].split()) > REFERENCE_WORDS:
        return None
    between = CYRILLIC_WORD.findall(found.text, reference.end(), first.start)
    return None if any(speech.is_anonymous(w.lower()) for w in between) else first


def subject_before(
    found: Document, at: int, verb: re.Match[str] | None, head: str | None = None
) -> str | None:
    """The person a role noun with no written role stands for ("Сергей Собянин объявил … —
    тогда мэр посетовал", "— вспоминает Лужков. … — добавляет бывший мэр"): the one person who
    is a subject (in the nominative) or whose words are reported ("по мнению Догузова") in
    the words before the attribution, back to the start of the sentence before it (further, up
    to ``UNNAMED_SENTENCES`` sentences of the paragraph, while those name no one: "Тимур Цхурбати
    рассказывает … . По его словам, … . «…», — рассказывает предприниматель"; there, no one
    whose written role has head, the role noun's head: that role did not fit), of the speech
    verb's gender when it shows one; no one when an unnamed source stands there too. The
    sentence before is read to ATTRIBUTION_REACH before the attribution's, and whole (to
    ANTECEDENT_REACH) when no one there is the one subject ("Стерлигов посещал … Чечню — и
    обсуждал с президентом Джохаром Дудаевым, как … рынки». Бизнесмен назвал Дудаева …:"). Of
    several subjects, the one a speech verb right after the name tells of ("Михаил Каменский
    вспоминал, как …: Стерлигов хотел, чтобы …. «…», — рассказывал аукционер")."""
    subjects = _subjects_before(found, at, head, ATTRIBUTION_REACH)
    if subjects is None:
        return None
    subjects = _one_subject(found.text, subjects)
    if subjects is None:
        subjects = _one_subject(found.text, _subjects_before(found, at, head, ANTECEDENT_REACH))
    if subjects is None:
        return None
    wanted = verb_gender(verb.group().lower()) if verb else None
    if wanted is not None:
        genders = genders_of(found.text, subjects, found.said)
        if genders.get(subjects[-1].entity) not in (wanted, None):
            return None
    return max(subjects, key=lambda m: len((m.normal or "").split())).entity


def _one_subject(text: str, subjects: list[Mention] | None) -> list[Mention] | None:
    """The mentions of the one person of subjects (of several, the one a speech verb right
    after the name tells of), else None."""
    if not subjects:
        return None
    if len({surname_of(m) for m in subjects}) > 1:
        subjects = [m for m in subjects if _speech_follows(text, m)]
    return subjects if len({surname_of(m) for m in subjects}) == 1 else None


def _speech_follows(text: str, mention: Mention) -> bool:
    """Whether the word right after a person's mention is a finite speech verb ("Каменский
    вспоминал"): the person is that verb's subject and speaks."""
    word = CYRILLIC_WORD.match(text, SPACE.match(text, mention.stop).end())
    return (
        word is not None
        and speech.is_speech_verb(word.group().lower())
        and is_finite(word.group().lower())
    )


def _subjects_before(
    found: Document, at: int, head: str | None, reach: int
) -> list[Mention] | None:
    """The subjects of ``subject_before`` (the sentence before read to reach), None when an
    unnamed source stands there."""
    text = found.text
    sentence = sentence_start(text, at)
    since = near = sentence_start(text, sentence - 1, reach) if sentence > 0 else sentence
    for _ in range(UNNAMED_SENTENCES):  # sentences that name no one go on about the same person
        if since == 0 or found.people_at.within(since, at) or since < at - ANTECEDENT_REACH:
            break
        earlier = sentence_start(text, before_spaces(text, since) - 1)  # spaces are no sentence
        if PARAGRAPH_BREAK.search(text, earlier, since):  # the paragraph before: another topic
            break
        since = earlier
    words = text[since:at]
    if any(speech.is_anonymous(w.lower()) for w in CYRILLIC_WORD.findall(words)):
        return None
    # further back, not one whose written role has the role noun's head: that role did not fit
    other = {m.entity for m in found.with_role(head)} if head else set()
    named = [
        m for m in found.people_at.within(since, at) if m.start >= near or m.entity not in other
    ]
    return [m for m in named if _reported(text, m) or _subject_named(text, m, near)]


def _subject_named(text: str, mention: Mention, near: int) -> bool:
    """Whether a person's mention before a role noun's attribution is a subject: in the nominative
    from the sentence before on (from near); further back, past sentences that name no one,
    written as its normal form ends (surely a nominative: not "Родственники вице-мэра Петра
    Бирюкова") and the author's own subject, not one of what is said."""
    if mention.start >= near:
        return in_nominative(text, mention)
    return as_normal(mention) and in_nominative(text, mention) and _told_of(text, mention)


def _told_of(text: str, mention: Mention) -> bool:
    """Whether a person's mention is the author's own subject, not one of what is said: no
    "что" ("отметил, что Зюганов …"), "по словам" ("По его словам, Маркс посвятил …") nor an
    open quote ("«… Рехаб находится …»") before it in its sentence (a quote: in its paragraph;
    not the author's words that interrupt it, "«…, — вспоминает Лужков. — …»")."""
    head = text[sentence_start(text, mention.start) : mention.start]
    paragraph = text[max(0, mention.start - ANTECEDENT_REACH) : mention.start]
    paragraph = re.split(r"[\n\r]", paragraph)[-1]  # a quote runs over sentences, not paragraphs
    opened = paragraph.count("«") > paragraph.count("»") and not INTERRUPTED.search(head)
    return not (opened or REPORTED.search(head) or speech.SAYING.search(head))


def addresses(words: str, noun: str) -> bool:
    """Whether the attribution's speaker is one who speaks for someone else or speaks to the
    person before ("представитель департамента ответил ему": not the one he answers)."""
    head = CYRILLIC_WORD.match(noun)
    if head is not None and speech.is_representative(head.group().lower()):
        return True
    return ADDRESSEE.search(words) is not None


def _reported(text: str, mention: Mention) -> bool:
    """Whether the mention is whose words are reported: "по словам Иванова", "по мнению …"."""
    saying = speech.SAYING.search(text, max(0, mention.start - 40), mention.start)
    return saying is not None and not text[saying.end() : mention.start].strip()


def relative_subject(found: Document, start: int, verb: int) -> Mention | None:
    """The person "который" stands for when it is the speech verb's subject ("Бекенбауэр,
    который отшучивается словами: «…»"): the person named right before its comma."""
    relatives = list(RELATIVE.finditer(found.text, start, verb))
    if not relatives or CLAUSE_BREAK.search(found.text, relatives[-1].end(), verb):
        return None
    comma = relatives[-1].start()
    return next((m for m in found.people if 0 <= comma - m.stop <= 1), None)


def demonstrative(words: str) -> re.Match[str] | None:
    """ "тот ответил", "та заявила": a demonstrative pronoun right before a speech verb, the
    subject of its clause."""
    for match in DEMONSTRATIVE.finditer(words):
        if speech.is_speech_verb(match.group(2).lower()):
            return match
    return None


def pronoun_may_name(found: Document, span: Span) -> bool:
    """Whether a pronoun before the quote may stand for a person: no unnamed
    source ("источник") was named after the last person before the quote ("— рассказывает
    источник. По его словам")."""
    opened = span.start - 1
    last = found.people_at.latest_stop(opened)
    between = found.text[max(last, opened - ATTRIBUTION_REACH) : opened]
    return not any(speech.is_anonymous(w.lower()) for w in CYRILLIC_WORD.findall(between))


def subject_of(mention: Mention, wanted: str | None) -> bool:
    """Whether a person's mention may be the subject of a verb of the gender wanted (None: any):
    not when the person's surname in the nominative (its normal form: the document's other
    forms) is of that gender and the word written has no nominative reading of it ("Он попросил
    Шамсутдинова" of Руслан Шамсутдинов: his accusative, not a woman's nominative)."""
    if wanted is None or as_normal(mention):
        return True
    written = CYRILLIC_WORD.findall(mention.text)
    normal = (mention.normal or "").split()
    if not written or not normal or gender.surname_gender(normal[-1]) != wanted:
        return True
    return any(
        p.tag.case == "nomn" and p.tag.gender in (wanted, None)
        for p in morph.parses(written[-1].lower())
    )


def antecedent(
    text: str,
    pronoun: str,
    span: Span,
    people: Mentions,
    said: dict[int, str | None],
    at: int | None = None,
) -> str | None:
    """The person "он"/"она" before the quote stands for: the nearest one of the pronoun's
    gender named within ANTECEDENT_REACH characters before the pronoun (at, when it stands
    before the quote: not one named after it, "тот утверждал, что Саблин «…»"); one of unknown
    gender only when no other fits ("они" is nobody)."""
    wanted = gender.pronoun_gender(pronoun)
    if wanted is None:
        return None
    limit = min(at, span.start - 1) if at is not None else span.start - 1
    since = span.start - ANTECEDENT_REACH
    before = people.within(since, limit)
    genders = genders_of(text, before, said)
    nearest_first = dict.fromkeys(m.entity for m in reversed(before))
    fitting = [e for e in nearest_first if genders.get(e) in (wanted, None)]
    if fitting and (genders.get(fitting[0]) == wanted or len(fitting) == 1):
        named = max(m.stop for m in before if m.entity == fitting[0])
        return None if _unnamed(text, max(0, since), named, limit, wanted) else fitting[0]
    return None


def _unnamed(text: str, since: int, named: int, stop: int, wanted: str) -> bool:
    """Whether an unnamed person of the gender wanted stands between the person named last (at
    named) and stop: one the text calls by sex alone, in the nominative, after that mention and
    again (twice in all since since: a participant of its own, "К беседе присоединился мужчина
    … мужчина начал угрожать монтажнику. «…», — сообщил он"; not one word for the woman just
    named, "Алена носила передачи, но девушка не была родственницей")."""
    at = [w.start() for w in CYRILLIC_WORD.finditer(text, since, stop)
          if speech.someone_gender(w.group().lower()) == wanted]  # fmt: skip
    return len(at) >= 2 and at[-1] >= named


def person_noun(words: str) -> str | None:
    """The speaker of an attribution named by a person noun no position list has ("— сказал
    футболист"): the first word morphology reads as one person in the nominative, with the
    words after it up to a verb, an adverb, a word that cannot be a genitive or a name (not
    "режиссёр немецкому изданию": to whom) or the clause's end; a quoted name goes with it
    ("глава „Мецената“")."""
    found = list(ATTRIBUTION_WORD.finditer(words))
    for index, word in enumerate(found):
        head = person_head(word.group())
        if head.sure and any(_subject(reading) for reading in head.readings):
            stop = word.end()
            for following in found[index + 1 :]:
                between = words[stop : following.start()].strip(QUOTES)
                if between.strip() or _predicate_or_adverb(following.group()):
                    break
                if not _complement(following.group()):
                    break
                stop = following.end()
            opening = OPEN_MARK.search(words, word.start(), stop)
            closing = CLOSE_MARK.match(words, stop)  # the quoted name's closing mark
            if opening and closing:
                stop = closing.end()
            elif opening:  # a name cut short ("«Ст. консалтинг»"): the words before it
                stop = len(words[: opening.start()].rstrip())
            return words[word.start() : stop]
    return None


def _complement(word: str) -> bool:
    """Whether a word may continue a person noun's phrase: a name (capitalised) or a word that
    may be a genitive ("глава управы", "режиссёр фильма")."""
    return word[:1].isupper() or grammar.may_be_genitive(word.lower())


def _subject(reading) -> bool:
    return reading.tag.case == "nomn" and reading.tag.number == "sing"


def _predicate_or_adverb(word: str) -> bool:
    return grammar.first_pos(word.lower()) in PREDICATE_OR_ADVERB


def may_be_nominative(mention: Mention) -> bool:
    """Whether the last written word of a mention has a reading in the nominative (a normal
    form that is the written one may be a failed inflection: "Фастовского")."""
    words = CYRILLIC_WORD.findall(mention.text)
    return not words or any(p.tag.case == "nomn" for p in morph.parses(words[-1].lower()))


def surname_of(mention: Mention) -> str:
    """The person's surname as its normal form ends (lower case): what tells two people apart."""
    name = mention.name or Name()
    return (name.last or (mention.normal or mention.text).split()[-1:][0]).lower()
