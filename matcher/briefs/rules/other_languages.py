"""Rules for places in a brief written in another language (Welsh, Spanish, Polish, romanised Punjabi or Urdu).

A place's name is the same in any language ("Alton Towers", "Hanley"), so the gazetteer finds it; what
the language changes is the words around it: a venue's head noun comes first in Welsh, Spanish and Polish
("Amgueddfa Gladstone", the Gladstone museum), "from" is a preposition ("una productora de Madrid", "o
Gaerdydd", "z Krakowa") or, in romanised Punjabi and Urdu, a word after the name ("Wolverhampton ton
haan": we are from Wolverhampton), and a sign-off ("Diolch", "Gracias", "Dziękuję") starts the signature.
Word lists hand-written from each language's grammar (``uk-usage``), not from any brief.
"""

from __future__ import annotations

import re

from matcher.briefs.rules import Rule, RuleTable

__all__ = ["OTHER_LANGUAGES"]

_HEADS = (r"Amgueddfa|Castell|Eglwys|Neuadd|Theatr|Parc|Gwesty|Capel|Ysgol|Canolfan|Llyfrgell|Gorsaf|Prifysgol"
          r"|Tafarn|Stadiwm|Oriel|Plas|Museo|Castillo|Iglesia|Teatro|Parque|Estadio|Estaci[oó]n|Universidad|Plaza"
          r"|F[aá]brica|Muzeum|Zamek|Ko[sś]ci[oó][lł]|Teatr|Stadion|Dworzec|Uniwersytet|Fabryka|Galeria")

OTHER_LANGUAGES = RuleTable.of("other_languages", [
    Rule("venue_first", rf"\b(?P<venue>(?:{_HEADS})(?:\s+(?:de(?:l|\s+la)?|y|yr)?\s*[A-Z][\w'\u2019-]+){{1,3}})",
         "A venue named head noun first, as Welsh, Spanish and Polish do: 'Amgueddfa Gladstone' (the Gladstone "
         "museum), 'Castell Tamworth', 'Museo del Prado', 'Muzeum Wedgwood'; the head alone names no place.",
         ("Amgueddfa Gladstone", "yn Amgueddfa Crochenwaith Gladstone", "el Castillo de Tamworth",
          "w Muzeum Wedgwood"), ("Amgueddfa", "the Gladstone museum", "amgueddfa fach"), flags=0),
    Rule("from_before", r"(?:^|\s)(?:de|desde|z|ze|od|o|oddi\s+wrth)\s+$",
         "Before a place, 'from' in Spanish, Polish or Welsh: where the sender is from, not where they film "
         "('una productora de ', 'jesteśmy z ', 'cwmni o ').",
         ("una productora de ", "jesteśmy z ", "cwmni o "), ("rodamos en ", "filmujemy w ", "yn ")),
    Rule("from_after", r"\s+(?:ton|toh|tou|tho|se)\s+(?:haan|han|hain|hai|aaye|aye|aa|aae|ho|hoon|hun)\b",
         "After a place, romanised Punjabi or Urdu 'from' and 'are': 'Asi Wolverhampton ton haan' (we are from "
         "Wolverhampton), 'hum Bradford se hain'.", (" ton haan", " se hain", " toh aaye"),
         (" ton of kit", " se habla", " to film")),
    Rule("past", r"\b(?:diwethaf|ddoe|llynedd|y\s+llynedd|pasad[oa]s?|ayer|zesz[lł]\w*|wczoraj|ubieg[lł]\w*"
         r"|pichhle|pichhli|pichle|kal\s+(?:si|thi))\b",
         "A past time in Welsh, Spanish, Polish or romanised Punjabi and Urdu ('wythnos diwethaf', last week; "
         "'el año pasado'; 'w zeszłym tygodniu'): a sentence with one speaks of a shoot that is over.",
         ("gyda'r ffilmio yn Leek wythnos diwethaf", "el año pasado", "w zeszłym tygodniu"),
         ("yr wythnos nesaf", "el año que viene", "w przyszłym tygodniu")),
    Rule("sign_off", r"^[ \t]*(?:diolch(?:\s+yn\s+fawr)?|cofion(?:\s+gorau)?|gracias|saludos|un\s+saludo|atentamente"
         r"|dzi[eę]kuj[eę](?:my)?|pozdrawiam|pozdrowienia|shukriya|dhanvaad|dhanyavaad|\u0634\u06a9\u0631\u06cc\u06c1)"
         r"\b[^\n]{0,40}$",
         "A sign-off in another language on a line of its own or opening one ('Diolch,', 'Gracias!', "
         "'Pozdrawiam'): what follows it is the signature.", ("Diolch,", "Gracias!", "Pozdrawiam, Marta"),
         ("Diolch am y cyfle i ffilmio yn Leek a Stoke a Hanley dros yr haf nesaf eleni",), flags=re.I | re.M),
])
