#!/usr/bin/env python3
"""Writes salud-de-la-mujer.fodp, a flat OpenDocument presentation (16:9).

Only the Python standard library is used. Convert to PDF with LibreOffice:

    python3 make-deck.py
    soffice --headless --convert-to pdf salud-de-la-mujer.fodp

See README.md in this folder.
"""
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).with_name("salud-de-la-mujer.fodp")

# PowerPoint's widescreen size: 13.333 in x 7.5 in.
W, H = 33.867, 19.05

PLUM = "#6a1b4d"
ROSE = "#c2185b"
PINK = "#f8e1ec"
TEAL = "#00796b"
SAND = "#fff6e5"
ORANGE = "#e65100"
INK = "#222222"
GREY = "#5f5f5f"

EVENT = "Conferencia Binacional de Promotores 2026 · Salud de la mujer / Women's health"
PRESENTERS = "Dra. Itzel Calderón Ruíz · Beatriz Úrsula Peña Montes"

# Each slide: (kind, data). Bullets are (es, en) pairs.
SLIDES = [
    ("title", {}),
    ("bullets", {
        "es": "¿Por qué hablar de salud de la mujer?",
        "en": "Why talk about women's health?",
        "items": [
            ("Muchas mujeres cuidan a toda la familia y se dejan al final.",
             "Many women care for the whole family and put themselves last."),
            ("Las consultas preventivas pueden encontrar problemas a tiempo.",
             "Preventive visits can find problems early."),
            ("La promotora informa, acompaña y refiere. No diagnostica.",
             "The promotora informs, supports and refers. She does not diagnose."),
            ("Hoy: embarazo y posparto, cáncer de mama y cervicouterino, planificación familiar.",
             "Today: pregnancy and after birth, breast and cervical cancer, family planning."),
        ],
    }),
    ("bullets", {
        "es": "Cuidado prenatal",
        "en": "Prenatal care",
        "items": [
            ("Ir a la clínica en cuanto sepa que está embarazada.",
             "Go to the clinic as soon as she knows she is pregnant."),
            ("Ir a todas las citas, aunque se sienta bien.",
             "Go to every visit, even if she feels well."),
            ("Preguntar por vitaminas prenatales con ácido fólico.",
             "Ask about prenatal vitamins with folic acid."),
            ("Llevar sus papeles y una lista de sus medicinas y sus preguntas.",
             "Bring her records and a list of her medicines and questions."),
        ],
    }),
    ("bullets", {
        "es": "Señales de alarma en el embarazo",
        "en": "Warning signs in pregnancy",
        "items": [
            ("Sangrado o salida de líquido por la vagina",
             "Bleeding or fluid leaking from the vagina"),
            ("Dolor de cabeza muy fuerte que no se quita, o vista borrosa",
             "A very bad headache that does not go away, or blurred vision"),
            ("Dolor fuerte en el vientre", "Severe pain in the belly"),
            ("Hinchazón repentina de la cara o las manos",
             "Sudden swelling of the face or hands"),
            ("El bebé se mueve menos que antes", "The baby moves less than before"),
        ],
        "callout": ("Con cualquiera de estas señales: buscar atención médica de inmediato.",
                    "With any of these signs: get medical care right away."),
    }),
    ("bullets", {
        "es": "Cáncer de mama: detección",
        "en": "Breast cancer: screening",
        "items": [
            ("Conocer sus senos: cómo se ven y cómo se sienten.",
             "Know her breasts: how they look and how they feel."),
            ("Avisar a la clínica si nota un bulto o cambios en la piel o el pezón.",
             "Tell the clinic about a lump or changes in the skin or nipple."),
            ("Preguntar en la clínica cuándo le toca su mamografía.",
             "Ask the clinic when she is due for a mammogram."),
            ("Encontrarlo temprano hace más fácil el tratamiento.",
             "Finding it early makes treatment easier."),
        ],
    }),
    ("bullets", {
        "es": "Cáncer cervicouterino: detección",
        "en": "Cervical cancer: screening",
        "items": [
            ("El Papanicolaou y la prueba del VPH buscan cambios antes de que sean cáncer.",
             "The Pap test and the HPV test look for changes before they become cancer."),
            ("Preguntar en la clínica cada cuánto le toca su prueba.",
             "Ask the clinic how often she needs the test."),
            ("La vacuna contra el VPH ayuda a prevenir este cáncer: preguntar por ella para hijas e hijos.",
             "The HPV vaccine helps prevent this cancer: ask about it for daughters and sons."),
            ("Preguntar por programas de pruebas gratuitas o de bajo costo.",
             "Ask about free or low-cost screening programs."),
        ],
    }),
    ("bullets", {
        "es": "Planificación familiar: un tema para referir",
        "en": "Family planning: a topic to refer",
        "items": [
            ("Hay varios métodos; cada uno tiene ventajas y cuidados.",
             "There are several methods; each has benefits and precautions."),
            ("La decisión es de cada persona o pareja.",
             "The decision belongs to each person or couple."),
            ("La promotora escucha sin juzgar y refiere a la clínica.",
             "The promotora listens without judging and refers to the clinic."),
            ("Respetar la privacidad: lo que se platica no se cuenta.",
             "Respect privacy: what is shared stays private."),
        ],
    }),
    ("bullets", {
        "es": "Después del parto",
        "en": "After the birth",
        "items": [
            ("Ir a la consulta después del parto, aunque se sienta bien.",
             "Go to the check-up after the birth, even if she feels well."),
            ("Sangrado fuerte, fiebre, dolor de pecho o falta de aire: atención de inmediato.",
             "Heavy bleeding, fever, chest pain or trouble breathing: care right away."),
            ("Si la tristeza o la angustia no se quitan, pedir ayuda: la depresión posparto tiene tratamiento.",
             "If sadness or worry does not go away, ask for help: postpartum depression can be treated."),
            ("Platicar con la clínica sobre lactancia y planificación familiar.",
             "Talk with the clinic about breastfeeding and family planning."),
        ],
    }),
    ("columns", {
        "es": "¿Dónde preguntar?",
        "en": "Where to ask",
        "left": ("En Estados Unidos", "In the United States", [
            ("Centro de salud comunitario (cobra según ingresos)",
             "Community health center (fees based on income)"),
            ("Departamento de salud del condado", "County health department"),
            ("WIC: comida y consejos en el embarazo y con niños pequeños",
             "WIC: food and advice in pregnancy and with young children"),
            ("Ventanilla de Salud (consulado de México)",
             "Ventanilla de Salud (Mexican consulate)"),
        ]),
        "right": ("En México", "In Mexico", [
            ("Centro de salud de su comunidad", "The local health centre"),
            ("IMSS o ISSSTE, si tiene derecho", "IMSS or ISSSTE, if she is covered"),
            ("IMSS-Bienestar, para personas sin seguridad social",
             "IMSS-Bienestar, for people without social security"),
        ]),
        "callout": ("La promotora acompaña: ayuda a hacer la cita y a preparar las preguntas.",
                    "The promotora supports: she helps make the appointment and prepare questions."),
    }),
    ("end", {}),
]


def attr(**kw):
    return " ".join(f'{k.replace("__", ":").replace("_", "-")}="{escape(str(v))}"' for k, v in kw.items())


def frame(x, y, w, h, paras, style="grText"):
    return (f'<draw:frame draw:style-name="{style}" svg:x="{x:.3f}cm" svg:y="{y:.3f}cm" '
            f'svg:width="{w:.3f}cm" svg:height="{h:.3f}cm"><draw:text-box>{paras}</draw:text-box></draw:frame>')


def rect(x, y, w, h, style):
    return (f'<draw:rect draw:style-name="{style}" svg:x="{x:.3f}cm" svg:y="{y:.3f}cm" '
            f'svg:width="{w:.3f}cm" svg:height="{h:.3f}cm"/>')


def ellipse(x, y, d, style):
    return (f'<draw:ellipse draw:style-name="{style}" svg:x="{x:.3f}cm" svg:y="{y:.3f}cm" '
            f'svg:width="{d:.3f}cm" svg:height="{d:.3f}cm"/>')


def p(style, text, *spans):
    inner = escape(text)
    for sp_style, sp_text in spans:
        inner += f'<text:line-break/><text:span text:style-name="{sp_style}">{escape(sp_text)}</text:span>'
    return f'<text:p text:style-name="{style}">{inner}</text:p>'


def bullets(items, es_style="PBody", en_span="TEn"):
    li = "".join(f'<text:list-item>{p(es_style, es, (en_span, en))}</text:list-item>' for es, en in items)
    return f'<text:list text:style-name="LBul">{li}</text:list>'


def chrome(n, total, es, en):
    """Title band, footer line and page number of a content slide."""
    out = [rect(0, 0, W, 3.6, "grPlum"), rect(0, 3.6, W, 0.18, "grRose")]
    out.append(frame(1.4, 0.45, W - 2.8, 3.0, p("PTitle", es, ("TTitleEn", en)), "grTextMid"))
    out.append(rect(1.4, H - 1.45, W - 2.8, 0.03, "grLine"))
    out.append(frame(1.4, H - 1.35, W - 6, 1.0, p("PFoot", EVENT)))
    out.append(frame(W - 4.4, H - 1.35, 3.0, 1.0, p("PFootR", f"{n} / {total}")))
    return out


def callout(y, es, en, style="grCallout"):
    return [rect(1.4, y, W - 2.8, 2.2, style),
            frame(2.0, y + 0.15, W - 4.0, 1.9, p("PCallout", es, ("TCalloutEn", en)), "grTextMid")]


def slide(n, total, kind, d):
    if kind == "title":
        shapes = [
            rect(0, 0, W, H, "grPlum"),
            ellipse(W - 9.5, -4.0, 14.0, "grRoseSoft"),
            ellipse(W - 5.2, 10.5, 9.0, "grTealSoft"),
            ellipse(W - 12.0, 12.8, 4.0, "grSandSoft"),
            rect(1.9, 9.0, 9.0, 0.2, "grRose"),
            frame(1.9, 2.4, 22.0, 6.4,
                  p("PBigTitle", "Salud de la mujer", ("TBigTitleEn", "Women's health")), "grTextBottom"),
            frame(1.9, 9.6, 22.0, 2.6,
                  p("PSub", "Prevenir, acompañar y referir", ("TSubEn", "Prevention, support and referral"))),
            frame(1.9, 12.6, 22.0, 3.6,
                  p("PWhite", "Taller para promotoras y promotores de salud") + p("PWhiteBold", PRESENTERS)),
            frame(1.9, 16.6, 26.0, 1.2,
                  p("PWhiteSmall", "Conferencia Binacional de Promotores 2026 · El Paso, Texas · 14 de noviembre de 2026")),
        ]
    elif kind == "end":
        shapes = [
            rect(0, 0, W, H, "grPlum"),
            ellipse(-4.0, 9.5, 12.0, "grTealSoft"),
            ellipse(W - 8.0, -3.0, 10.0, "grRoseSoft"),
            frame(3.0, 3.2, W - 6.0, 5.0,
                  p("PBigTitleC", "¡Gracias!", ("TBigTitleEn", "Thank you!")), "grTextBottom"),
            frame(3.0, 8.6, W - 6.0, 2.2, p("PSubC", "¿Preguntas?", ("TSubEn", "Questions?"))),
            frame(3.0, 11.4, W - 6.0, 2.6,
                  p("PWhiteC", "Dra. Itzel Calderón Ruíz · itzel.calderon@example.org")
                  + p("PWhiteC", "Beatriz Úrsula Peña Montes · beatriz.pena@example.org")),
            frame(3.0, 15.8, W - 6.0, 1.6,
                  p("PWhiteSmallC", "Información general para promotoras; no sustituye la consulta médica.",
                    ("TWhiteSmallEn", "General information for promotoras; not a substitute for medical care."))),
        ]
    elif kind == "bullets":
        shapes = chrome(n, total, d["es"], d["en"])
        body_h = 10.8 if "callout" in d else 13.6
        shapes.append(frame(1.8, 4.5, W - 3.6, body_h, bullets(d["items"])))
        if "callout" in d:
            shapes += callout(15.3, *d["callout"], style="grWarn")
    elif kind == "columns":
        shapes = chrome(n, total, d["es"], d["en"])
        colw = (W - 2.8 - 1.0) / 2
        for i, (hes, hen, items) in enumerate((d["left"], d["right"])):
            x = 1.4 + i * (colw + 1.0)
            shapes.append(rect(x, 4.4, colw, 10.6, "grPinkBox" if i == 0 else "grSandBox"))
            shapes.append(frame(x + 0.5, 4.6, colw - 1.0, 1.6,
                                p("PColHead", hes, ("TColHeadEn", hen)), "grTextMid"))
            shapes.append(frame(x + 0.5, 6.4, colw - 1.0, 8.4, bullets(items, "PBodySmall", "TEnSmall")))
        shapes += callout(15.3, *d["callout"])
    else:
        raise ValueError(kind)
    name = {"title": "Portada", "end": "Gracias"}.get(kind) or d["es"]
    return (f'<draw:page draw:name="{escape(name)}" draw:style-name="dp1" '
            f'draw:master-page-name="Default">{"".join(shapes)}</draw:page>')


def gstyle(name, fill=None, opacity=None, valign="top"):
    props = [f'draw:textarea-vertical-align="{valign}"', 'draw:stroke="none"',
             'fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm"',
             'draw:auto-grow-height="false" draw:auto-grow-width="false" fo:wrap-option="wrap"']
    if fill:
        props.append(f'draw:fill="solid" draw:fill-color="{fill}"')
    else:
        props.append('draw:fill="none"')
    if opacity is not None:
        props.append(f'draw:opacity="{opacity}%"')
    return (f'<style:style style:name="{name}" style:family="graphic">'
            f'<style:graphic-properties {" ".join(props)}/></style:style>')


def pstyle(name, size, color, bold=False, italic=False, align="start", before=0.0, after=0.0, line=None):
    tp = [f'fo:font-size="{size}pt"', f'fo:color="{color}"', 'style:font-name="Liberation Sans"']
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    pp = [f'fo:text-align="{align}"', f'fo:margin-top="{before}cm"', f'fo:margin-bottom="{after}cm"']
    if line:
        pp.append(f'fo:line-height="{line}%"')
    return (f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties {" ".join(pp)}/><style:text-properties {" ".join(tp)}/></style:style>')


def tstyle(name, size, color, bold=False, italic=False):
    tp = [f'fo:font-size="{size}pt"', f'fo:color="{color}"']
    tp.append(f'fo:font-weight="{"bold" if bold else "normal"}"')
    if italic:
        tp.append('fo:font-style="italic"')
    return f'<style:style style:name="{name}" style:family="text"><style:text-properties {" ".join(tp)}/></style:style>'


def document():
    total = len(SLIDES)
    auto = [
        f'<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" '
        f'fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="{W}cm" '
        f'fo:page-height="{H}cm" style:print-orientation="landscape"/></style:page-layout>',
        '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
        'draw:background-size="full" draw:fill="solid" draw:fill-color="#ffffff"/></style:style>',
        gstyle("grText"), gstyle("grTextMid", valign="middle"), gstyle("grTextBottom", valign="bottom"),
        gstyle("grPlum", PLUM), gstyle("grRose", ROSE), gstyle("grLine", "#bdbdbd"),
        gstyle("grRoseSoft", ROSE, 35), gstyle("grTealSoft", TEAL, 45), gstyle("grSandSoft", SAND, 30),
        gstyle("grCallout", "#e0f2f1"), gstyle("grWarn", "#fff3e0"),
        gstyle("grPinkBox", PINK), gstyle("grSandBox", SAND),
        pstyle("PTitle", 30, "#ffffff", bold=True, line=95),
        tstyle("TTitleEn", 20, "#f3c6db", italic=True),
        pstyle("PBody", 22, INK, after=0.45, line=100),
        tstyle("TEn", 16, GREY, italic=True),
        pstyle("PBodySmall", 18, INK, after=0.3, line=100),
        tstyle("TEnSmall", 13, GREY, italic=True),
        pstyle("PColHead", 22, PLUM, bold=True),
        tstyle("TColHeadEn", 16, ROSE, italic=True),
        pstyle("PCallout", 19, INK, bold=True, align="center"),
        tstyle("TCalloutEn", 15, GREY, italic=True),
        pstyle("PFoot", 11, GREY), pstyle("PFootR", 11, GREY, align="end"),
        pstyle("PBigTitle", 54, "#ffffff", bold=True, line=95),
        pstyle("PBigTitleC", 54, "#ffffff", bold=True, align="center", line=95),
        tstyle("TBigTitleEn", 34, "#f3c6db", italic=True),
        pstyle("PSub", 26, "#ffffff"), pstyle("PSubC", 28, "#ffffff", align="center"),
        tstyle("TSubEn", 20, "#f3c6db", italic=True),
        pstyle("PWhite", 18, "#ffffff", after=0.2), pstyle("PWhiteBold", 18, "#ffffff", bold=True),
        pstyle("PWhiteC", 18, "#ffffff", align="center", after=0.15),
        pstyle("PWhiteSmall", 13, "#f3c6db"),
        pstyle("PWhiteSmallC", 13, "#f3c6db", align="center"),
        tstyle("TWhiteSmallEn", 12, "#f3c6db", italic=True),
        '<text:list-style style:name="LBul"><text:list-level-style-bullet text:level="1" text:bullet-char="●">'
        '<style:list-level-properties text:space-before="0cm" text:min-label-width="0.9cm"/>'
        f'<style:text-properties fo:font-family="Liberation Sans" fo:color="{ROSE}" fo:font-size="80%"/>'
        '</text:list-level-style-bullet></text:list-style>',
    ]
    pages = "\n".join(slide(i + 1, total, k, d) for i, (k, d) in enumerate(SLIDES))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:meta>
 <dc:title>Salud de la mujer / Women's health</dc:title>
 <meta:initial-creator>{escape(PRESENTERS)}</meta:initial-creator>
 <dc:language>es-MX</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles/>
<office:automatic-styles>
{chr(10).join(auto)}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/>
</office:master-styles>
<office:body>
<office:presentation>
{pages}
</office:presentation>
</office:body>
</office:document>
'''


if __name__ == "__main__":
    OUT.write_text(document(), encoding="utf-8")
    print(f"wrote {OUT.name}: {len(SLIDES)} slides")
