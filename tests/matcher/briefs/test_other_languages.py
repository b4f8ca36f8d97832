"""Briefs written in another language: their job words and dates are read, the rest is said to be unread.

Examples are invented, in the forms people in the cluster write: a Polish community group, a Spanish
production, an Urdu or Punjabi message, a Welsh company.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from models.brief import Brief

TODAY = dt.date(2027, 1, 4)
Reader = Callable[[str], Brief]


def test_a_polish_brief_reads_its_job_words_in_any_case_ending(read: Reader) -> None:
    b = read("Dzień dobry! Robimy teledysk w Leek. Szukamy dwóch kamerzystów i montażysty na 20-21 lutego.")
    assert b.language == "pl"
    assert {(n.role, n.quantity) for n in b.needs} == {("camera-operator", 2), ("editor", 1)}
    assert b.dates is not None and (b.dates.start, b.dates.end) == (dt.date(2027, 2, 20), dt.date(2027, 2, 21))
    assert any("Polish" in n and "crew words only" in n for n in b.notes)


def test_a_spanish_brief_reads_production_jobs_and_counts(read: Reader) -> None:
    b = read("Buenas tardes. Grabamos un videoclip en Stone el 9 de marzo. Buscamos una maquilladora y tres "
             "auxiliares de producción. Muchas gracias.")
    assert {(n.role, n.quantity) for n in b.needs} == {("make-up-artist", 1), ("runner", 3)}


def test_a_sentence_opening_on_and_adds_to_the_request_before_it(read: Reader) -> None:
    b = read("Hola a todos, rodamos un corto en Leek. Necesitamos un sonidista. Y un eléctrico para dos días.")
    assert {n.role for n in b.needs} == {"production-sound-mixer", "electrician"}


def test_job_words_outside_a_sentence_that_asks_are_no_need(read: Reader) -> None:
    b = read("Hola a todos. Nuestro camarógrafo y el sonidista vienen de Madrid con nosotros. Gracias por todo.")
    assert b.needs == []


def test_an_urdu_brief_reads_its_loan_words_and_its_dates(read: Reader) -> None:
    stop = "\u06d4"  # the Urdu full stop
    b = read(f"السلام علیکم، ہم لیک میں ایک گانے کی ویڈیو بنا رہے ہیں، 12 اور 13 مارچ کو{stop} "
             f"ہمیں دو ڈانسر اور ایک ایڈیٹر چاہیے{stop}")
    assert b.language == "ur"
    assert {(n.role, n.quantity) for n in b.needs} == {("dancer", 2), ("editor", 1)}
    assert b.dates is not None and (b.dates.start, b.dates.end) == (dt.date(2027, 3, 12), dt.date(2027, 3, 13))


def test_a_welsh_question_for_anyone_asks_and_and_carries_it_on(read: Reader) -> None:
    b = read("Helo! Rydyn ni'n ffilmio yn Leek ym mis Mawrth. Oes rhywun sy'n gallu gweithio fel golygydd? "
             "A dyn camera hefyd. Diolch yn fawr.")
    assert b.language == "cy" and {n.role for n in b.needs} == {"editor", "camera-operator"}


def test_punjabi_in_latin_letters_asks_with_chahide(read: Reader) -> None:
    b = read("Sat Sri Akal! Asi Leek vich gaana film karna ae, 6 March nu. Sanu 4 dancers chahide ne.")
    assert [(n.role, n.quantity) for n in b.needs] == [("dancer", 4)]
    assert b.dates is not None  # the greeting is no Saturday
    assert (b.dates.start, b.dates.end) == (dt.date(2027, 3, 6), dt.date(2027, 3, 6))
