"""Roles before a name: the whole noun group, single-word professions, and no role that is not
a position. Every sentence here is written for this test, not taken from a gold set.

The rules are tested at their entry point, ``find_role``, on the spans NER is taken to have
found (marked in brackets, ``helpers``), with the context and the limit ``resolve`` gives it:
NER moving a span does not fail them. The seed test at the end goes through the pipeline."""

from __future__ import annotations

import pytest

from pressrel import roles
from pressrel.roles import RoleContext, find_role, nominative, role_head
from pressrel.roles.group import first_head, tokens
from pressrel.roles.heads import person_head, person_readings, position_head

from helpers import marked


def role_of(text: str, name: str) -> tuple[str | None, str | None]:
    """(role, role as written) of the marked person written as name, read by ``find_role`` as
    ``resolve`` calls it: with the sentence's marked spans as context, and not reaching back
    past the person before."""
    text, mentions = marked(text)
    person_stop = 0
    for mention in mentions:
        if mention.type != "PER":
            continue
        if mention.text == name:
            before = person_stop if person_stop <= mention.start else 0
            role = find_role(text, mention.start, mention.stop, RoleContext(mentions), before)
            written = text[role.start : role.stop] if role.start is not None else None
            return role.text, written
        person_stop = max(person_stop, mention.stop)
    raise AssertionError(f"no marked person {name!r} in {text!r}")


ROLES = [
    # adjectives before the head are kept
    ("Бригадный генерал [COUNTRY США] [Джон Смит] прибыл в [LOC Берлин].", "Джон Смит",
     "бригадный генерал США", "Бригадный генерал США"),
    ("Вчера главный редактор журнала «[ORG Огонёк]» [Сергей Петров] подал в отставку.", "Сергей Петров",
     "главный редактор журнала «Огонёк»", "главный редактор журнала «Огонёк»"),
    ("Первый заместитель председателя правительства [Игорь Шувалов] выступил с докладом.",
     "Игорь Шувалов", "первый заместитель председателя правительства",
     "Первый заместитель председателя правительства"),
    ("Бывший президент [COUNTRY Франции] [Николя Саркози] приехал в [LOC Москву].", "Николя Саркози",
     "бывший президент Франции", "Бывший президент Франции"),
    ("Интервью дал генеральный директор завода [Пётр Воронин].", "Пётр Воронин",
     "генеральный директор завода", "генеральный директор завода"),
    # an adjective before the head agrees with it in animacy too: "знакомый" is the other's
    ("Рассказал знакомый премьер-министра [Дмитрия Медведева] [Сергей Новиков].",
     "Дмитрия Медведева", "премьер-министр", "премьер-министра"),
    # a role before a dash right before the name, in the case the name is likeliest in
    ("Министр обороны — [Ицунори Онодэра].", "Ицунори Онодэра", "министр обороны",
     "Министр обороны"),
    ("Олимпиады у российского фехтовальщика — [Тимура Сафина] не будет.", "Тимура Сафина",
     "российский фехтовальщик", "российского фехтовальщика"),
    ("Две российские лесбиянки — [Марина Миронова] и [Виктория Мешкова] — поженились.",
     "Марина Миронова", None, None),  # a plural role is a list's, no one's
    # where the position is held, a proper name after a preposition; what one is put up for
    ("Об этом объявил постпред [COUNTRY России] при [ORG ООН] [Виталий Чуркин].", "Виталий Чуркин",
     "постпред России при ООН", "постпред России при ООН"),
    ("Заявил руководитель фракции в [ORG Мосгордуме] [Андрей Метельский].", "Андрей Метельский",
     "руководитель фракции в Мосгордуме", "руководитель фракции в Мосгордуме"),
    ("Выступил кандидат в мэры [LOC Москвы] [Олег Петров].", "Олег Петров",
     "кандидат в мэры Москвы", "кандидат в мэры Москвы"),
    ("Проект поддержал посол [COUNTRY Франции] в [COUNTRY России] [Пьер Леви].", "Пьер Леви",
     "посол Франции в России", "посол Франции в России"),
    # an abbreviation in brackets after a name in it; a possessive before a genitive thing
    ("Заявил директор [ORG Фонда борьбы с коррупцией] ([ORG ФБК]) [Иван Жданов].", "Иван Жданов",
     "директор Фонда борьбы с коррупцией (ФБК)", "директор Фонда борьбы с коррупцией (ФБК)"),
    ("Ответил председатель ее совета директоров [Олег Дзгоев].", "Олег Дзгоев",
     "председатель ее совета директоров", "председатель ее совета директоров"),
    ("Пришли артист и его супруги певицы [Бейонсе].", "Бейонсе", "певица", "певицы"),  # not
    # "артист и его супруги": "его" someone's
    # a word quoted alone is a name, no head
    ("«Это помойка», — рассказывает «Медузе» [Кучерова].", "Кучерова", None, None),
    # ... not a generic body's, whose owner's genitive the name may be
    ("Работал генпрокурор в [ORG администрации] [Джорджа Буша].", "Джорджа Буша", None, None),
    # "и. о.", "врио" and "исполняющий обязанности"
    ("И. о. главы района [Олег Семёнов] провёл совещание.", "Олег Семёнов",
     "и. о. главы района", "И. о. главы района"),
    ("Врио губернатора [LOC Тульской области] [Дмитрий Миляев] провёл совещание.",
     "Дмитрий Миляев", "врио губернатора Тульской области", "Врио губернатора Тульской области"),
    # a place's kind abbreviated before its name ends no clause
    ("Совещание провёл глава администрации г. [LOC Тулы] [Илья Беспалов].", "Илья Беспалов",
     "глава администрации г. Тулы", "глава администрации г. Тулы"),
    ("Временно исполняющий обязанности губернатора [Андрей Никитин] провёл приём граждан.",
     "Андрей Никитин", "временно исполняющий обязанности губернатора",
     "Временно исполняющий обязанности губернатора"),
    # the organisation or country the head governs
    ("На встрече выступил министр иностранных дел [COUNTRY России] [Сергей Лавров].", "Сергей Лавров",
     "министр иностранных дел России", "министр иностранных дел России"),
    ("Клуб расстался с главным тренером «[ORG Зенита]» [Андреем Кобелевым].", "Андреем Кобелевым",
     "главный тренер «Зенита»", "главным тренером «Зенита»"),
    ("Письмо передали губернатору [LOC Тульской области] [Алексею Дюмину].", "Алексею Дюмину",
     "губернатор Тульской области", "губернатору Тульской области"),
    ("Сенатор от штата [LOC Огайо] [Роберт Тафт] выступил против закона.", "Роберт Тафт",
     "сенатор от штата Огайо", "Сенатор от штата Огайо"),
    ("Как заявил пресс-секретарь президента [Дмитрий Песков], встреча состоится.", "Дмитрий Песков",
     "пресс-секретарь президента", "пресс-секретарь президента"),
    ("Договор подписал директор и председатель совета директоров банка [Олег Тиньков].",
     "Олег Тиньков", "директор и председатель совета директоров банка",
     "директор и председатель совета директоров банка"),
    # a founder coordinated with a position: the position alone
    ("Договор подписал основатель и председатель совета директоров банка [Олег Тиньков].",
     "Олег Тиньков", "председатель совета директоров банка",
     "председатель совета директоров банка"),
    # single-word professions, found by morphology
    ("Футболист [Андрей Аршавин] завершил карьеру.", "Андрей Аршавин", "футболист", "Футболист"),
    ("В концерте участвовал музыкант [Борис Гребенщиков].", "Борис Гребенщиков",
     "музыкант", "музыкант"),
    ("Кардинал [Джованни Росси] прибыл в [COUNTRY Ватикан].", "Джованни Росси", "кардинал", "Кардинал"),
    ("Рэпер [Василий Вакуленко] выпустил новый альбом.", "Василий Вакуленко", "рэпер", "Рэпер"),
    ("Мы поговорили с пианисткой [Анной Смирновой] после концерта.", "Анной Смирновой",
     "пианистка", "пианисткой"),
    ("Картину написал художник [Илья Глазунов].", "Илья Глазунов", "художник", "художник"),
    ("Операцию провёл нейрохирург [Сергей Ларионов].", "Сергей Ларионов",
     "нейрохирург", "нейрохирург"),
    ("Песню исполнил фолк-рок-исполнитель [Сергей Крылов].", "Сергей Крылов",
     "фолк-рок-исполнитель", "фолк-рок-исполнитель"),
    ("Приговор огласил судья [Виктор Данилкин].", "Виктор Данилкин", "судья", "судья"),
    ("На пресс-конференции выступил адвокат [Генри Резник].", "Генри Резник",
     "адвокат", "адвокат"),
    # the person's age is not part of the role
    ("На пенсию вышел директор школы 57-летний [Иван Кузнецов].", "Иван Кузнецов",
     "директор школы", "директор школы"),
    # a genitive list of people, each with a role: no apposition to the one before
    ("Фото певца [Сергея Лазарева], телеведущей [Елены Летучей] и других.", "Елены Летучей",
     "телеведущая", "телеведущей"),
    # "один из": the person is one of them
    ("Один из руководителей компании [Павел Дуров] уехал из страны.", "Павел Дуров",
     "один из руководителей компании", "Один из руководителей компании"),
    # a plural head before a list of names
    ("На сцену вышли актёры [Олег Табаков] и [Евгений Миронов].", "Олег Табаков",
     "актёры", "актёры"),
    # a role that governs another person's name, in the genitive, right before this one
    ("Как заявил пресс-секретарь президента [COUNTRY России] [Владимира Путина] [Дмитрий Песков], всё готово.",
     "Дмитрий Песков", "пресс-секретарь президента России Владимира Путина",
     "пресс-секретарь президента России Владимира Путина"),
    ("Адвокат [Ивана Петрова] [Олег Сидоров] подал апелляцию.", "Олег Сидоров",
     "адвокат Ивана Петрова", "Адвокат Ивана Петрова"),
    ("Адвокат [Гурова] [Олег Сидоров] подал апелляцию.", "Олег Сидоров",
     "адвокат Гурова", "Адвокат Гурова"),
    # the field a position is of, "по" and the dative, is part of it
    ("Об этом сообщил директор по маркетингу «Ромашки» [Иван Петров].", "Иван Петров",
     "директор по маркетингу «Ромашки»", "директор по маркетингу «Ромашки»"),
    ("Выступил советник губернатора по национальной политике [Олег Сидоров].", "Олег Сидоров",
     "советник губернатора по национальной политике", "советник губернатора по национальной политике"),
    # a head that is also a thing's noun is read as the person's: премьер, not премьера
    ("Письмо ушло к премьеру [Ивану Петрову] вчера.", "Ивану Петрову", "премьер", "премьеру"),
    ("Письмо передали помощнику губернатора [Алексея Дюмина] [Анне Беловой].", "Анне Беловой",
     "помощник губернатора Алексея Дюмина", "помощнику губернатора Алексея Дюмина"),
    # in an oblique case that a genitive shares, the role is the last name's, the one it agrees
    # with: the genitive name between is what the role governs
    ("Сообщили со ссылкой на пресс-секретаря [Алексея Навального] [Киру Ярмыш].", "Киру Ярмыш",
     "пресс-секретарь Алексея Навального", "пресс-секретаря Алексея Навального"),
    ("По словам бывшего охранника [Владимира Путина] [Виктора Золотова], всё спокойно.",
     "Виктора Золотова", "бывший охранник Владимира Путина",
     "бывшего охранника Владимира Путина"),
    # a second position after "и", its head after adjectives, in the first head's case and
    # number: both positions, each with its own group
    ("Приехали президент Гильдии издателей и бывший министр печати [Сергей Моисеев].",
     "Сергей Моисеев", "президент Гильдии издателей и бывший министр печати",
     "президент Гильдии издателей и бывший министр печати"),
    ("Пришёл маршал и бывший министр обороны [Дмитрий Язов].", "Дмитрий Язов",
     "маршал и бывший министр обороны", "маршал и бывший министр обороны"),
    ("Приехали журналисты и бывший министр [Иван Петров].", "Иван Петров", "бывший министр",
     "бывший министр"),  # not a plural
    # a closing quote the phrase did not open is not part of it
    ('Концерт памяти "короля рок-н-ролла" [Элвиса Пресли] прошёл в [LOC Мемфисе].', "Элвиса Пресли",
     "король рок-н-ролла", "короля рок-н-ролла"),
    ("Вратарь «[ORG Спартака]» [Александр Селихов] пропустил два мяча.", "Александр Селихов",
     "вратарь «Спартака»", "Вратарь «Спартака»"),
    # a quotation the phrase does not close is speech the name is in, not a title
    ("«Мы встретились с министром [Иваном Петровым] вчера», — сказал он.", "Иваном Петровым",
     "министр", "министром"),
    ("Замглавы [ORG МИД] [Сергей Рябков] прокомментировал ситуацию.", "Сергей Рябков",
     "замглавы МИД", "Замглавы МИД"),
    ("Уволен замгубернатора области [Игорь Петров].", "Игорь Петров",
     "замгубернатора области", "замгубернатора области"),
    ("Экс-министр финансов [Алексей Кудрин] возглавил [ORG Счётную палату].", "Алексей Кудрин",
     "экс-министр финансов", "Экс-министр финансов"),
    ("На фото космонавты [Юрий Гагарин] и [Герман Титов].", "Юрий Гагарин",
     "космонавты", "космонавты"),
    # written after the rules were (a check on text they were not tuned to)
    ("Мэр [LOC Казани] [Ильсур Метшин] открыл новую школу.", "Ильсур Метшин", "мэр Казани", "Мэр Казани"),
    ("Интервью с балериной [Дианой Вишнёвой] выйдет в субботу.", "Дианой Вишнёвой",
     "балерина", "балериной"),
    ("Депутат [ORG Госдумы] от [LOC Санкт-Петербурга] [Виталий Милонов] предложил закон.", "Виталий Милонов",
     "депутат Госдумы от Санкт-Петербурга", "Депутат Госдумы от Санкт-Петербурга"),
    ("С речью выступил командующий [ORG Черноморским флотом] [Игорь Осипов].", "Игорь Осипов",
     "командующий Черноморским флотом", "командующий Черноморским флотом"),
    ("Ученики школы поздравили учителя [Марию Ивановну Петрову].", "Марию Ивановну Петрову",
     "учитель", "учителя"),
    ("Старший научный сотрудник института [Олег Белов] рассказал о находке.", "Олег Белов",
     "старший научный сотрудник института", "Старший научный сотрудник института"),
    ("Зрители долго аплодировали пианисту [Денису Мацуеву].", "Денису Мацуеву",
     "пианист", "пианисту"),
]  # fmt: skip

NOT_ROLES = [
    # a noun a name is given by after "по" is no field: "по кличке" names what follows
    ("В зоопарке жил кот по кличке [Барсик].", "Барсик"),
    # a preposition outside an organisation's name: the name is not what the head is about
    ("Суд рассмотрит жалобы генералов полиции по делу [Ивана Петрова].", "Ивана Петрова"),
    ("Глава [ORG Росстата] на несколько лет старше [Ивана Петрова].", "Ивана Петрова"),
    # an adverb or particle
    ("Эксперты именно на [Алексея Смирнова] возлагают надежды.", "Алексея Смирнова"),
    # coordination with a courtesy title
    ("Вчера президент и миссис [Хиллари Клинтон] посетили приют.", "Хиллари Клинтон"),
    # the name is a title in quotes
    ("На премьере документального фильма «[Михаил Горбачёв]» было людно.", "Михаил Горбачёв"),
    # a person noun that ends a quoted title is part of the title, not a role
    ("Умер автор мультфильма «Жил-был пёс» [Эдуард Назаров].", "Эдуард Назаров"),
    ("В музей привезли «Портрет кузнеца» [Ильи Репина].", "Ильи Репина"),
    # the name is in the genitive: the head is someone else, of that person
    ("Как сообщил представитель [Алексея Навального], жалоба подана.", "Алексея Навального"),
    ("Адвокат [Ивана Петрова] подал апелляцию.", "Ивана Петрова"),
    # ... a woman's name of the Мария declension pymorphy2 knows as a place's: her genitive
    ("Адвокат [Азии Биби] подал апелляцию.", "Азии Биби"),
    # a plural head before one person
    ("Мы благодарим врачей [Ивана Петрова] за помощь.", "Ивана Петрова"),
    # kinship, relations, honours, generic people, courtesy titles, demonyms
    ("Сын [Михаила Горбачёва] [Андрей Горбачёв] открыл выставку.", "Андрей Горбачёв"),
    ("Его жена [Мария Петрова] работает в школе.", "Мария Петрова"),
    ("Друг детства [Иван Сидоров] приехал на свадьбу.", "Иван Сидоров"),
    ("Соперник [Алексей Петров] не явился на дебаты.", "Алексей Петров"),
    ("Лауреат премии «Ника» [Олег Иванов] поблагодарил зрителей.", "Олег Иванов"),
    ("Победитель конкурса [Анна Белова] получила грант.", "Анна Белова"),
    # founders and creators: a relation to what they made
    ("Выступил основатель сети кофеен [Егор Лаптев].", "Егор Лаптев"),
    ("Книгу подписала её автор [Нина Гусева].", "Нина Гусева"),
    ("Умер один из создателей танка [Илья Котин].", "Илья Котин"),
    # a role set off by a comma after a person's name is that person's apposition: the name
    # at its end is its complement
    ("Назначение [Андрея Шаронова], бывшего помощника [Германа Грефа], одобрили.", "Германа Грефа"),
    # "один" is no accusative of a person: the name is whose the plural head's people are
    ("Миронов, политтехнолог, один из спичрайтеров [Владимира Путина], уехал.", "Владимира Путина"),
    ("Патент получил изобретатель прибора [Олег Рыжов].", "Олег Рыжов"),
    # fame: a relation to a contest or the public, not a post (a compound's parts too)
    ("Интервью дала олимпийская чемпионка [Полина Сомова].", "Полина Сомова"),
    ("На вечер пришла звезда сериалов [Ирина Тихонова].", "Ирина Тихонова"),
    ("Фильм снят о поп-звезде [Лиле Орловой].", "Лиле Орловой"),
    ("Письмо подписал герой войны [Пётр Зуев].", "Пётр Зуев"),
    ("Господин [Иванов] отказался от комментариев.", "Иванов"),
    ("Встреча с девушкой [Анной Ивановой] прошла тепло.", "Анной Ивановой"),
    ("Американец [Майкл Фелпс] выиграл золото.", "Майкл Фелпс"),
    ("Россиянка [Мария Шарапова] вышла в финал.", "Мария Шарапова"),
    ("Житель [LOC Твери] [Андрей Козлов] нашёл клад.", "Андрей Козлов"),
    ("Двое сотрудников [Игорь Белов] и [Олег Смирнов] уволены.", "Игорь Белов"),  # numeral
    (
        "Из [LOC Макао] [Марио Хо] улетел в [LOC Гонконг].",
        "Марио Хо",
    ),  # a capitalised indeclinable noun
    ("Пассажир [Игорь Лебедев] не смог улететь.", "Игорь Лебедев"),
    ("Свидетельница [Ольга Зайцева] дала показания.", "Ольга Зайцева"),
    # a noun that is rarely a person ("бой") with a name whose case says nothing
    ("После боя [Мэнни Пакьяо] поблагодарил болельщиков.", "Мэнни Пакьяо"),
    # a verb between
    ("Министром назначен [Антон Силуанов].", "Антон Силуанов"),
    ("Дочь певицы [Аллы Пугачёвой] [Кристина Орбакайте] дала концерт.", "Кристина Орбакайте"),
    ("Гражданин [COUNTRY Италии] [Марко Бьянки] задержан в аэропорту.", "Марко Бьянки"),
    ("Поклонники [Филиппа Киркорова] собрались у театра.", "Филиппа Киркорова"),
    # the head before a genitive name is that name's, not the next one's
    (
        'Мать "короля рок-н-ролла" [Элвиса Пресли] [Глэдис Пресли] умерла в 1958 году.',
        "Глэдис Пресли",
    ),
    ("Жена президента [Владимира Путина] [Людмила Путина] приехала.", "Людмила Путина"),
    # ... and of a chain in an oblique case, the genitive name between has none
    (
        "Сообщили со ссылкой на пресс-секретаря [Алексея Навального] [Киру Ярмыш].",
        "Алексея Навального",
    ),
    (
        "По словам бывшего охранника [Владимира Путина] [Виктора Золотова], всё спокойно.",
        "Владимира Путина",
    ),
    # ... and in the nominative too: a name that may be a genitive, another right after it, is
    # what the role governs (two names in apposition would be two nominatives)
    ("Адвокат [Гурова] [Олег Сидоров] подал апелляцию.", "Гурова"),
    ("Бывший помощник [Карповой] [Илья Лебедев] дал показания.", "Карповой"),
]


@pytest.mark.parametrize(("text", "name", "role", "written"), ROLES)
def test_role_before_a_name(text, name, role, written):
    assert role_of(text, name) == (role, written)


@pytest.mark.parametrize(("text", "name"), NOT_ROLES)
def test_no_role_that_is_not_a_position(text, name):
    assert role_of(text, name) == (None, None)


@pytest.mark.parametrize(
    ("word", "is_head"),
    [
        ("министра", True),
        ("футболистом", True),
        ("кронпринц", True),
        ("фолк-певца", True),  # the last part of a compound pymorphy2 does not know
        ("экс-президента", True),
        ("сын", False),  # kinship
        ("вдова", False),
        ("коллега", False),  # a relation
        ("однокурсник", False),  # ... and one who shares a course, a class, a regiment
        ("управляющий", True),  # an adjective or participle used as a position's noun
        ("радиоведущая", True),
        ("заведующего", True),
        ("одноклассницы", False),
        ("однополчанином", False),
        ("мужчина", False),  # generic
        ("мистер", False),  # courtesy
        ("француз", False),  # a demonym, from the country gazetteer
        ("украинка", False),
        ("Иван", False),  # a first name
        ("столица", False),  # inanimate
        ("после", False),  # a preposition, whatever "посол" declines to
    ],
)
def test_person_nouns(word, is_head):
    assert bool(person_readings(word)) is is_head


@pytest.mark.parametrize(
    ("word", "is_person", "is_position"),
    [
        ("министра", True, True),
        ("чемпионом", True, False),  # fame: someone in an attribution, no position
        ("рок-звезды", True, False),  # a compound whose head is a fame noun
        ("основатель", True, False),  # a founder: a relation to what they made
        ("автором", True, False),
        ("сын", False, False),
    ],
)
def test_position_heads(word, is_person, is_position):
    assert (bool(person_head(word).readings), bool(position_head(word).readings)) == (
        is_person,
        is_position,
    )


@pytest.mark.parametrize(
    ("written", "nominative_form"),
    [
        ("главным тренером «Зенита»", "главный тренер «Зенита»"),
        ("Председателя Правительства РФ", "председатель Правительства РФ"),
        ("одного из основателей компании", "один из основателей компании"),
        # nouns of common gender: the adjective keeps the gender it is written in
        ("главного судьи турнира", "главный судья турнира"),
        ("главной судьи турнира", "главная судья турнира"),
        ("новым коллегой", "новый коллега"),
        # a noun pymorphy2 reads as an adjective only rarely heads the phrase, however the
        # rare reading agrees ("главой": главый)
        ("главой районной управы", "глава районной управы"),
        ("главой областной администрации", "глава областной администрации"),
        # two positions coordinated, each in its own nominative
        ("министром финансов и вице-премьером", "министр финансов и вице-премьер"),
        (
            "бывшего продюсера «Студии» и бывшего директора «Театра»",
            "бывший продюсер «Студии» и бывший директор «Театра»",
        ),
        ("министра науки и высшего образования", "министр науки и высшего образования"),
        (
            "президентом Гильдии и бывшим главным редактором",
            "президент Гильдии и бывший главный редактор",
        ),
    ],
)
def test_nominative(written, nominative_form):
    from pressrel.roles import _one_of

    assert nominative(_one_of(written)) == nominative_form


@pytest.mark.parametrize(
    ("role", "head"),
    [
        ("бывший президент США", "президент"),
        ("и. о. главы района", "глава"),
        ("главный тренер «Зенита»", "тренер"),
        ("одна из руководительниц компании", "руководительница"),
        # a person noun that is also an adjective gives way to the noun it qualifies
        ("старший научный сотрудник института", "сотрудник"),
        ("старший лейтенант полиции", "лейтенант"),
        ("управляющий директор фонда", "директор"),
        ("командующий флотом", "командующий"),
        ("весна", None),
    ],
)
def test_role_head(role, head):
    assert role_head(role) == head


def test_find_role_without_other_mentions():
    text = "Выступил губернатор Иван Петров."
    start = text.index("Иван")
    role = find_role(text, start, start + len("Иван Петров"), RoleContext([]))
    assert (role.text, text[role.start : role.stop]) == ("губернатор", "губернатор")


def test_seed_roles_carry_offsets(seed_analysis, seed_text):
    roles = {
        (m.role, seed_text[m.role_start : m.role_stop])
        for m in seed_analysis.mentions
        if m.type == "PER" and m.role
    }
    assert ("глава Минкомсвязи", "глава Минкомсвязи") in roles
    assert ("председатель Правительства РФ", "Председателя Правительства РФ") in roles
    assert all(m.role_start is None for m in seed_analysis.mentions if m.type != "PER")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # English-style quotes open with “ and close with ”: the name between them, and the
        # field after it ("по" and the dative) is the position's
        (
            "Как сообщил директор “Газпрома” по связям Иван Петров, всё хорошо.",
            "директор “Газпрома” по связям",
        ),
        # the closing ” of a name the role opened with “ stays in the role
        (
            "Как сообщил главный тренер “Бананца” Иван Петров, всё хорошо.",
            "главный тренер “Бананца”",
        ),
        ("Как сообщил директор „Газпрома“ Иван Петров, всё хорошо.", "директор „Газпрома“"),
        # quotes nest: „…“ inside «…» closes only itself
        (
            "Как сообщил руководитель движения «Молодая гвардия „Единой России“» Иван Петров.",
            "руководитель движения «Молодая гвардия „Единой России“»",
        ),
        (
            "Как сообщил директор «Клуба „Ромашка“ по связям» Иван Петров.",
            "директор «Клуба „Ромашка“ по связям»",
        ),
    ],
)
def test_quotes_round_a_name_in_a_role(text, role):
    start = text.index("Иван Петров")
    assert find_role(text, start, start + len("Иван Петров")).text == role


def first_head_word(text: str) -> str:
    """The word ``first_head`` lets the heads start at, among the tokens before the marked
    person (the last marked span), with the sentence's marked spans as context."""
    text, mentions = marked(text)
    person = [m for m in mentions if m.type == "PER"][-1]
    words = tokens(text, 0, person.start)
    return words[first_head(words, RoleContext(mentions))].text


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a noun in the nominative no group takes in: heads before it cannot reach the name
        ("Об этом заявил глава [ORG Росстата] [Павел Малков].", "глава"),
        ("В понедельник министр иностранных дел [Пётр Сидоров] улетел.", "министр"),
        # a verb or preposition right before the name: only a head there could take it
        ("Министр приехал вместе с [Иваном Козловым].", "с"),
        # a word "и" coordinates with the head before it may be passed
        ("Он стал основателем и председателем совета директоров [Игорь Белов].", "основателем"),
        # words inside a name NER found are passed ("по")
        ("Вчера выступил судья [ORG Верховного суда по правам граждан] [Олег Орлов].", "судья"),
        # genitives all the way back: every word may be the head
        ("Советник главы администрации района [Анна Белова] уехала.", "Советник"),
        # a quote among the words: where the quote stands decides, every word is tried
        ("Вчера главный тренер «Динамо» [Семён Котов] ушёл.", "Вчера"),
    ],
)
def test_first_head(text, first):
    assert first_head_word(text) == first


@pytest.mark.parametrize(("text", "name"), [(text, name) for text, name, *_ in ROLES] + NOT_ROLES)
def test_first_head_changes_no_role(monkeypatch, text, name):
    """Trying the heads before ``first_head`` too finds the same role (or none)."""
    pruned = role_of(text, name)
    monkeypatch.setattr(roles, "first_head", lambda words, context: 0)
    assert role_of(text, name) == pruned


@pytest.mark.parametrize(
    ("text", "name", "cases"),
    [
        # a noun naming a woman right before the name: apposition, its case
        ("Вопрос задала журналистка [Мадина Сафарова].", "Мадина Сафарова", {"nomn"}),
        ("Он поблагодарил певицу [Мадину Сафарову].", "Мадину Сафарову", {"accs"}),
        # any head whose complement between is a name: NER's or a quoted one
        (
            "По просьбе директора [ORG «Энергомаша»] [Рэма Сафарова].",
            "Рэма Сафарова",
            {"gent", "accs"},
        ),
        ("По просьбе директора «Энергомаша» [Рэма Сафарова].", "Рэма Сафарова", {"gent", "accs"}),
        (
            "Письмо направили главе [ORG Стройтреста] [Рустаму Каримову].",
            "Рустаму Каримову",
            {"datv"},
        ),
        # a masculine noun right before the name may govern it ("his lawyer"): no case
        ("Заявление сделал адвокат [Фарида Каримова].", "Фарида Каримова", None),
        # a common noun between: the name may be its complement
        ("Пришла наследница состояния патриарха [Алексия II].", "Алексия II", None),
        ("Приехал директор завода [Рэма Сафарова].", "Рэма Сафарова", None),
        # "и. о. главы": genitive whatever the name's case, so it shows none
        ("Приехал и. о. главы [Рэма Сафарова].", "Рэма Сафарова", None),
    ],
)
def test_a_role_in_apposition_shows_the_names_case(text, name, cases):
    clean, mentions = marked(text)
    (person,) = [m for m in mentions if m.text == name]
    role = find_role(clean, person.start, person.stop, RoleContext(mentions))
    assert role.text is not None
    assert role.cases == (frozenset(cases) if cases else None)
