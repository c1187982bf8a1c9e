#!/usr/bin/env python3
"""Writes the bad-input ingest corpus (corpus/ingest/*.csv) and its index EXPECTED.tsv.

Run from this directory: python3 make_ingest_corpus.py. The files are committed; this script
is their provenance. Each case states its expected outcome by hand (line numbers are physical
1-based lines: LF, CRLF or a lone CR end a line). Columns of EXPECTED.tsv:
file, mode (DEFAULT|STRICT|LENIENT), outcome (ok|error), line (first issue or the error; 0 =
whole file; - = none), reason (substring), used, warned, rejected, blank, lines (every issue
line, comma-separated; - = none). Counts are - for errors.
"""
import os
import shutil

OUT = "ingest"
H15 = ("trial,model,task,latency,temperature,id,result,quality,generation_accuracy,variance,"
       "review_accuracy,accuracy,elapsed,strategy,created")
HS = "trial,model,task,quality,accuracy,strategy"
cases = []   # (file, bytes)
expected = []  # rows


def row(model="m1", q="7.5", a="0.9", strategy="RANDOM", created="2025-07-10 10:00:00",
        result="ok", trial="T 0", task="fix buggy program", latency="1.5", variance="0.1",
        extra=None):
    cells = [trial, model, task, latency, "0.5", "I1", result, q, "1.0", variance, "0.9", a,
             "1m", strategy, created]
    if extra is not None:
        cells = extra(cells)
    return ",".join(cells)


def srow(model="m1", q="7.5", a="0.9", strategy="RANDOM", trial="T 0", task="fix buggy program"):
    return ",".join([trial, model, task, q, a, strategy])


def case(name, content, *outcomes):
    data = content.encode("utf-8") if isinstance(content, str) else content
    cases.append((name, data))
    for o in outcomes:
        expected.append((name,) + o)


def ok(mode, used, warned=0, rejected=0, blank=0, lines=(), reason="-"):
    first = str(lines[0]) if lines else "-"
    return (mode, "ok", first, reason, str(used), str(warned), str(rejected), str(blank),
            ",".join(map(str, lines)) or "-")


def err(mode, line, reason):
    return (mode, "error", str(line), reason, "-", "-", "-", "-", "-")


def lf(*lines):
    return "\n".join(lines) + "\n"


good3 = [row("m1"), row("m2", q="6", a="0.5"), row("m3", q="9.25", a="0.975")]

# --- well-formed baselines
case("ok-basic.csv", lf(H15, *good3), ok("DEFAULT", 3), ok("STRICT", 3))
case("ok-short-header.csv", lf(HS, srow("m1"), srow("m2")), ok("STRICT", 2))

# --- shifted / missing / extra columns
case("shifted-column.csv", lf(H15, row("m1"), row("m2", strategy="2025-07-11 12:12:55", created=""), row("m3")),
     ok("DEFAULT", 3, warned=1, lines=[3], reason="shifted column: strategy holds '2025-07-11 12:12:55'"),
     err("STRICT", 3, "shifted column"))
case("missing-column.csv", lf(H15, row("m1"), row("m2", extra=lambda c: c[:-1]), row("m3")),
     err("DEFAULT", 3, "wrong column count: 14 fields, the header has 15"),
     ok("LENIENT", 2, rejected=1, lines=[3], reason="wrong column count: 14 fields"))
case("extra-column.csv", lf(H15, row("m1"), row("m2"), row("m3", extra=lambda c: c + ["x"])),
     ok("LENIENT", 2, rejected=1, lines=[4], reason="wrong column count: 16 fields"),
     err("DEFAULT", 4, "16 fields"))
case("trailing-comma-data-only.csv", lf(HS, srow("m1") + ",", srow("m2")),
     ok("LENIENT", 1, rejected=1, lines=[2], reason="7 fields, the header has 6"))
case("trailing-comma-everywhere.csv", lf(HS + ",", srow("m1") + ",", srow("m2") + ","), ok("STRICT", 2))
case("only-commas.csv", lf(HS, srow("m1"), ",,,,,", srow("m2")),
     ok("LENIENT", 2, rejected=1, lines=[3], reason="missing required field 'trial'"))
case("only-commas-short.csv", lf(HS, ",,", srow("m2")),
     ok("LENIENT", 1, rejected=1, lines=[2], reason="wrong column count: 3 fields"))

# --- header problems
case("header-missing.csv", lf(*[srow("m%d" % i) for i in range(3)]),
     err("DEFAULT", 1, "header has no 'trial', 'model', 'task', 'quality', 'accuracy' columns"))
case("header-missing-accuracy.csv", lf("trial,model,task,quality,strategy", "T,m,t,5,RANDOM"),
     err("LENIENT", 1, "header has no 'accuracy' column"))
case("header-duplicated-column.csv", lf("trial,model,task,quality,accuracy,Quality", "T,m,t,5,0.5,6"),
     err("DEFAULT", 1, "header names column 'quality' twice (fields 4 'quality' and 6 'Quality')"))
case("header-alias-twice.csv", lf("trial,model,task,quality,accuracy,generation_accuracy,gen_accuracy", "T,m,t,5,0.5,1,1"),
     err("LENIENT", 1, "and 7 'gen_accuracy'"))
case("header-only.csv", lf(H15), ok("STRICT", 0))
case("header-only-no-newline.csv", HS, ok("DEFAULT", 0))
case("header-upper-case.csv", lf("TRIAL,Model,Task,QUALITY,Accuracy,Strategy", srow("m1")), ok("STRICT", 1))
case("header-after-blank-lines-missing-column.csv", "\n\ntrial,model,task,quality\nT,m,t,5\n",
     err("DEFAULT", 3, "header has no 'accuracy' column"))
case("repeated-header.csv", lf(HS, srow("m1"), HS, srow("m2")),
     ok("LENIENT", 2, rejected=1, lines=[3], reason="repeated header row"),
     err("DEFAULT", 3, "repeated header row"))
case("tab-separated.csv", lf(HS.replace(",", "\t"), srow("m1").replace(",", "\t")),
     err("DEFAULT", 1, "header has no 'trial'"))
case("semicolon-separated.csv", lf(HS.replace(",", ";"), srow("m1").replace(",", ";")),
     err("DEFAULT", 1, "header has no 'trial'"))
case("header-multiline-quoted-cell.csv", 'trial,model,"task\nname",accuracy\nT,m,t,0.5\n',
     err("DEFAULT", 1, "header has no 'task', 'quality' columns"))  # found by fuzzing: message was 2 lines
case("empty.csv", "", err("DEFAULT", 0, "is empty"))
case("only-whitespace.csv", "   \n\t\n \n", err("LENIENT", 0, "has only blank lines"))
os.makedirs(OUT, exist_ok=True)

# --- BOM and line ends
case("bom.csv", "\ufeff" + lf(HS, srow("m1")), ok("STRICT", 1))
case("bom-quoted-header.csv", "\ufeff" + lf('"trial","model","task","quality","accuracy","strategy"', srow("m1")), ok("STRICT", 1))
case("crlf.csv", "\r\n".join([H15, row("m1"), row("m2"), row("m3", a="1.5"), ""]),
     ok("LENIENT", 2, rejected=1, lines=[4], reason="accuracy 1.5 is out of range [0, 1]"))
case("cr-only.csv", "\r".join([HS, srow("m1"), srow("m2", q="NaN"), srow("m3"), ""]),
     ok("LENIENT", 2, rejected=1, lines=[3], reason="quality is NaN"))
case("mixed-line-ends.csv", HS + "\n" + srow("m1") + "\r\n" + srow("m2") + "\r" + srow("m3") + "\n"
     + srow("m4", a="-0.1") + "\r\n" + srow("m5") + "\n",
     ok("LENIENT", 4, rejected=1, lines=[5], reason="accuracy -0.1 is out of range"))
case("no-final-newline.csv", HS + "\n" + srow("m1") + "\n" + srow("m2", q="11"),
     ok("LENIENT", 1, rejected=1, lines=[3], reason="quality 11.0 is out of range [0, 10]"))

# --- quoting
case("unterminated-quote-last.csv", lf(HS, srow("m1"), srow("m2")) + 'T,"m3,t,5,0.5,RANDOM\n',
     err("LENIENT", 4, "unterminated quote"), err("DEFAULT", 4, "unterminated quote"))
case("unterminated-quote-closed-later.csv", lf(HS, srow("m1"), 'T,"m2,t,5,0.5,RANDOM', srow("m3"), 'T,"m4",t,5,0.5,RANDOM'),
     err("LENIENT", 3, "unexpected character 'm' after the closing quote"))
case("unterminated-quote-swallows-line.csv", lf(HS, srow("m1"), 'T,"m2,t,5,0.5,RANDOM', 'T,m3,t,5,0.5,RANDOM,"', srow("m4")),
     ok("LENIENT", 2, rejected=1, lines=[3], reason="the record spans lines 3-4"),
     err("DEFAULT", 3, "wrong column count: 2 fields"))
case("doubled-quotes.csv", lf(H15, row("m1", result='"he said ""hi"", then ""bye"""'), row("m2", result='""""'), row("m3")), ok("STRICT", 3))
case("quote-inside-unquoted-field.csv", lf(HS, 'T,ab"cd,t,5,0.5,RANDOM', srow("m2", q="x")),
     ok("LENIENT", 1, rejected=1, lines=[3], reason="quality 'x' is not a decimal number"))
case("chars-after-closing-quote.csv", lf(HS, srow("m1"), 'T,"ab"cd,t,5,0.5,RANDOM'),
     err("LENIENT", 3, "unexpected character 'c' after the closing quote"))
case("space-after-closing-quote.csv", lf(HS, 'T,"m1" ,t,5,0.5,RANDOM'),
     err("DEFAULT", 2, "unexpected character ' ' after the closing quote"))
case("space-before-opening-quote.csv", lf(HS, 'T, "m1",t,5,0.5,RANDOM'), ok("STRICT", 1))
case("embedded-newlines-result.csv", lf(H15, row("m1", result='"line one\nline, two\r\nline ""three"""'),
                                        row("m2", result='"a\n\nb"'), row("m3", q="-1")),
     ok("LENIENT", 2, rejected=1, lines=[8], reason="quality -1.0 is out of range"))
case("quoted-numbers.csv", lf(HS, 'T,m1,t,"5","0.5","RANDOM"', '"T","m2","t"," 6 ",".25",RANDOM'), ok("STRICT", 2))
case("quoted-empty-model.csv", lf(HS, 'T,"",t,5,0.5,RANDOM', srow("m2")),
     ok("LENIENT", 1, rejected=1, lines=[2], reason="missing required field 'model'"))

# --- quality and accuracy values
def one_bad(name, q, a, reason):
    case(name, lf(HS, srow("m1"), srow("m2", q=q, a=a), srow("m3")),
         ok("LENIENT", 2, rejected=1, lines=[3], reason=reason), err("DEFAULT", 3, reason))


one_bad("nan-quality.csv", "NaN", "0.5", "quality is NaN")
one_bad("nan-lower-accuracy.csv", "5", "nan", "accuracy is NaN")
one_bad("infinity-quality.csv", "Infinity", "0.5", "quality Infinity is out of range [0, 10]")
one_bad("inf-short-quality.csv", "inf", "0.5", "quality Infinity is out of range")
one_bad("neg-inf-accuracy.csv", "5", "-Inf", "accuracy -Infinity is out of range [0, 1]")
one_bad("negative-quality.csv", "-0.5", "0.5", "quality -0.5 is out of range")
one_bad("quality-above-10.csv", "10.000001", "0.5", "quality 10.000001 is out of range")
one_bad("accuracy-above-1.csv", "5", "1.0000001", "accuracy 1.0000001 is out of range")
one_bad("exponent-overflow.csv", "1e400", "0.5", "quality Infinity is out of range")
one_bad("empty-quality.csv", "", "0.5", "missing required field 'quality'")
one_bad("blank-accuracy.csv", "5", "   ", "missing required field 'accuracy'")
one_bad("non-numeric-quality.csv", "high", "0.5", "quality 'high' is not a decimal number")
one_bad("comma-decimal-accuracy.csv", "5", '"0,5"', "accuracy '0,5' is not a decimal number")
one_bad("hex-float-quality.csv", "0x1p-1", "0.5", "quality '0x1p-1' is not a decimal number")
one_bad("float-suffix-quality.csv", "5f", "0.5", "quality '5f' is not a decimal number")
one_bad("double-suffix-accuracy.csv", "5", "0.5d", "accuracy '0.5d' is not a decimal number")
one_bad("underscore-number.csv", "1_0", "0.5", "quality '1_0' is not a decimal number")
one_bad("lone-exponent.csv", "5e", "0.5", "quality '5e' is not a decimal number")
case("missing-model.csv", lf(HS, srow("m1"), srow(""), srow("m3")),
     ok("LENIENT", 2, rejected=1, lines=[3], reason="missing required field 'model'"))
case("missing-task.csv", lf(HS, srow("m1", task="")), err("DEFAULT", 2, "missing required field 'task'"))
case("boundaries.csv", lf(HS, srow("m1", q="0", a="0"), srow("m2", q="10", a="1"), srow("m3", q="-0", a="-0.0"),
                          srow("m4", q="10.0", a="1.000")), ok("STRICT", 4))
case("exponent-forms.csv", lf(HS, srow("m1", q="1e-3", a="5E-1"), srow("m2", q="7.5e+0", a=".5"),
                              srow("m3", q="5.", a="+0.5"), srow("m4", q="+5", a="1e0")), ok("STRICT", 4))
case("whitespace-around-values.csv", lf(HS, "T 0 ,  m1 , fix buggy program , 5 ,\t0.5\t, RANDOM ",
                                        srow("m2")), ok("STRICT", 2))

# --- blank lines
case("empty-lines-between.csv", lf(HS, srow("m1"), "", srow("m2"), "", srow("m3")),
     ok("DEFAULT", 3, blank=2, lines=[3, 5], reason="blank line"), err("STRICT", 3, "blank line"))
case("empty-lines-at-end.csv", lf(HS, srow("m1"), srow("m2")) + "\n\n\n",
     ok("LENIENT", 2, blank=3, lines=[4, 5, 6], reason="blank line"))
case("blank-lines-before-header.csv", lf("", "", HS, srow("m1"), srow("m2", a="2")),
     ok("LENIENT", 1, rejected=1, blank=2, lines=[1, 2, 5], reason="blank line"),
     err("STRICT", 1, "blank line"))
case("whitespace-only-line.csv", lf(HS, srow("m1"), "   \t ", srow("m2")),
     ok("DEFAULT", 2, blank=1, lines=[3], reason="blank line"))

# --- strategy
case("unknown-strategy.csv", lf(HS, srow("m1"), srow("m2", strategy="GREEDY")),
     ok("DEFAULT", 2, warned=1, lines=[3], reason="unknown strategy 'GREEDY'"),
     err("STRICT", 3, "unknown strategy 'GREEDY'"))
case("lower-case-strategy.csv", lf(HS, srow("m1", strategy="random"), srow("m2", strategy="Chemistry")),
     ok("LENIENT", 2, warned=2, lines=[2, 3], reason="did you mean RANDOM?"))
case("empty-strategy.csv", lf(H15, row("m1", strategy="")),
     ok("DEFAULT", 1, warned=1, lines=[2], reason="missing strategy"))
case("missing-strategy-column.csv", lf("trial,model,task,quality,accuracy", "T,m1,t,5,0.5", "T,m2,t,6,0.7"), ok("STRICT", 2))

# --- columns by name
case("gen-accuracy-alias.csv", lf("trial,model,task,quality,gen_accuracy,accuracy", "T,m1,t,5,0.25,0.5"), ok("STRICT", 1))
case("shuffled-columns.csv", lf("accuracy,strategy,created,quality,task,id,model,trial",
                                "0.5,RANDOM,x,5,t,I1,m1,T", "0.75,LOCAL,x,8,t,I1,m2,T", "2,LOCAL,x,8,t,I1,m3,T"),
     ok("LENIENT", 2, rejected=1, lines=[4], reason="accuracy 2.0 is out of range"))
case("optional-not-a-number.csv", lf(H15, row("m1", variance="n/a"), row("m2")),
     ok("DEFAULT", 2, warned=1, lines=[2], reason="variance 'n/a' is not a number (kept as empty)"),
     err("STRICT", 2, "variance 'n/a'"))
case("optional-hex.csv", lf(H15, row("m1", latency="0x10")),
     ok("DEFAULT", 1, warned=1, lines=[2], reason="latency '0x10' is not a number"))

# --- encoding and odd content
hs = lf(HS, srow("m1")).encode()
case("non-utf8-latin1.csv", hs + b"T,caf\xe9-model,t,5,0.5,RANDOM\n", err("LENIENT", 3, "is not UTF-8 text (invalid byte 0xE9"))
case("non-utf8-header.csv", b"trial,model,task,quality,accuracy,str\xffategy\n" + b"T,m,t,5,0.5,RANDOM\n",
     err("DEFAULT", 1, "invalid byte 0xFF at byte offset 37"))
case("non-utf8-truncated-end.csv", hs + b"T,m2,t,5,0.5,RANDOM\n" + b"T,m3\xe2\x82", err("DEFAULT", 4, "is not UTF-8 text"))
case("non-utf8-in-quoted-result.csv", lf(H15).encode() + b'T,m,t,1,0.5,I1,"a\nb\xc0\xafc",7.5,1,0.1,0.9,0.9,1m,RANDOM,x\n',
     err("LENIENT", 3, "invalid byte 0xC0"))
case("unicode-models.csv", lf(HS, srow("模型-α"), srow("gpt‑4o 🚀"), srow("Łódź-7b")), ok("STRICT", 3))
case("nul-byte-in-model.csv", lf(HS, srow("m\x001")),
     err("DEFAULT", 2, "model 'm?1' contains a NUL character (U+0000)"))  # was: silently a new model
case("duplicated-rows.csv", lf(HS, srow("m1"), srow("m1"), srow("m1")), ok("STRICT", 3))
case("very-long-result.csv", lf(H15, row("m1", result='"' + ("word, \"\"quoted\"\"\n" * 12000) + '"'), row("m2", q="99")),
     ok("LENIENT", 1, rejected=1, lines=[12003], reason="quality 99.0 is out of range"))
case("very-long-model.csv", lf(HS, srow("m" * 20000)), ok("STRICT", 1))
case("many-fields.csv", lf(HS, srow("m1") + "," * 5000, srow("m2")),
     ok("LENIENT", 1, rejected=1, lines=[2], reason="wrong column count: 5006 fields"))
case("mixed-dirty-lenient.csv", lf(H15, row("m1"), row("m2", q="NaN"), "", row("m3", strategy="2025-07-11 12:12:55", created=""),
                                   row("m4", extra=lambda c: c[:-2]), row("m5", strategy="GREEDY"), row("m6", a="1.01"), row("m7")),
     ok("LENIENT", 4, warned=2, rejected=3, blank=1, lines=[3, 4, 5, 6, 7, 8], reason="quality is NaN"))

# --- round 2 (issue "Reliability, round 2"): encodings, names with controls, headers, huge cells
case("nul-byte-in-model-lenient.csv", lf(HS, srow("m1"), srow("m1\x00")),
     ok("LENIENT", 1, rejected=1, lines=[3], reason="contains a NUL character (U+0000)"))
case("nul-byte-in-task.csv", lf(HS, srow("m1", task="fix\x00 buggy program")),
     err("DEFAULT", 2, "task 'fix? buggy program' contains a NUL character"))
case("nul-byte-in-trial.csv", lf(HS, srow("m1", trial="T\x000")),
     ok("LENIENT", 0, rejected=1, lines=[2], reason="trial 'T?0' contains a NUL"))
case("nul-byte-in-result.csv", lf(H15, row("m1", result='"a\x00b"')), ok("STRICT", 1))  # result text is not a name
case("control-char-in-model.csv", lf(HS, srow("m1"), srow("m\x012")),
     ok("DEFAULT", 2, warned=1, lines=[3], reason="contains the control character U+0001"),
     err("STRICT", 3, "control character U+0001"))
case("tab-in-model.csv", lf(HS, srow("gpt\t4o")), ok("DEFAULT", 1, warned=1, lines=[2], reason="U+0009"))
case("newline-in-quoted-model.csv", lf(HS, 'T,"m\n1",t,5,0.5,RANDOM', srow("m2")),
     ok("LENIENT", 2, warned=1, lines=[2], reason="U+000A"))
case("tab-in-task.csv", lf(HS, srow("m1", task="fix\tbuggy program")), ok("STRICT", 1))  # prompts may hold tabs
case("escape-sequence-in-model.csv", lf(HS, srow("m\x1b[31mred")), ok("DEFAULT", 1, warned=1, lines=[2], reason="U+001B"))
case("zero-width-space-in-model.csv", lf(HS, srow("m\u200b1"), srow("m1")), ok("STRICT", 2))
case("del-char-in-model.csv", lf(HS, srow("m\x7f1")), ok("STRICT", 1))
case("utf16le-no-bom.csv", lf(HS, srow("m1")).encode("utf-16-le"),
     err("DEFAULT", 1, "looks like UTF-16 text (NUL bytes between the header's characters)"))
case("utf16be-no-bom.csv", lf(HS, srow("m1")).encode("utf-16-be"), err("LENIENT", 1, "looks like UTF-16 text"))
case("utf16le-bom.csv", b"\xff\xfe" + lf(HS, srow("m1")).encode("utf-16-le"),
     err("DEFAULT", 1, "is UTF-16 text (byte-order mark 0xFF 0xFE)"))
case("utf16be-bom.csv", b"\xfe\xff" + lf(HS, srow("m1")).encode("utf-16-be"),
     err("DEFAULT", 1, "is UTF-16 text (byte-order mark 0xFE 0xFF)"))
case("utf32le-bom.csv", b"\xff\xfe\x00\x00" + lf(HS, srow("m1")).encode("utf-32-le"),
     err("DEFAULT", 1, "is UTF-32 text"))
case("latin1-in-header.csv", b"trial,mod\xe8le,task,quality,accuracy\nT,m,t,5,0.5\n", err("DEFAULT", 1, "invalid byte 0xE8"))
case("overlong-utf8.csv", hs + b"T,m\xc1\x81,t,5,0.5,RANDOM\n", err("DEFAULT", 3, "is not UTF-8 text"))
case("utf8-surrogate.csv", hs + b"T,m\xed\xa0\x80,t,5,0.5,RANDOM\n", err("DEFAULT", 3, "is not UTF-8 text"))
case("only-bom.csv", b"\xef\xbb\xbf", err("DEFAULT", 0, "is empty"))
case("bom-then-blank-lines.csv", "\ufeff\n\n", err("DEFAULT", 0, "has only blank lines"))
case("crlf-blank-lines.csv", "\r\n".join([HS, srow("m1"), "", "", srow("m2"), ""]),
     ok("DEFAULT", 2, blank=2, lines=[3, 4], reason="blank line"))
case("crlf-in-quoted-result.csv", "\r\n".join([H15, row("m1", result='"a\r\nb\r\nc"'), row("m2", a="7"), ""]),
     ok("LENIENT", 1, rejected=1, lines=[5], reason="accuracy 7.0 is out of range"))
case("header-padded-names.csv", lf(" trial , model ,task, quality,accuracy ", "T,m1,t,5,0.5"), ok("STRICT", 1))
case("header-quoted-padded-names.csv", lf('"trial ","  model","task","quality","accuracy"', "T,m1,t,5,0.5"), ok("STRICT", 1))
case("header-empty-extra-names.csv", lf("trial,model,,task,quality,,accuracy,", "T,m1,x,t,5,y,0.5,z"), ok("STRICT", 1))
case("header-10000-columns.csv", lf(HS + ",x" * 10000, srow("m1") + ",1" * 10000), ok("STRICT", 1))
case("header-only-crlf.csv", HS + "\r\n", ok("DEFAULT", 0))
case("header-then-1000-blank-lines.csv", HS + "\n" * 1001,
     ok("LENIENT", 0, blank=1000, lines=list(range(2, 1002)), reason="blank line"))
case("header-result-twice.csv", lf("trial,model,task,quality,accuracy,result,result", "T,m,t,5,0.5,a,b"),
     ok("STRICT", 1))  # result is not read unless asked for, so its columns are ignored
case("huge-task-cell.csv", lf(HS, srow("m1", task="fix " + "very " * 200000 + "buggy program")), ok("STRICT", 1))
case("huge-quoted-model-cell.csv", lf(HS, 'T,"' + "m," * 100000 + '",t,5,0.5,RANDOM'), ok("STRICT", 1))
case("huge-number-cell.csv", lf(HS, srow("m1", q="0." + "0" * 20000 + "1")), ok("STRICT", 1))
case("quality-leading-zeros.csv", lf(HS, srow("m1", q="007.50", a="00.5")), ok("STRICT", 1))
case("accuracy-underflow.csv", lf(HS, srow("m1", a="1e-400")), ok("STRICT", 1))
case("sign-only-quality.csv", lf(HS, srow("m1"), srow("m2", q="-")),
     ok("LENIENT", 1, rejected=1, lines=[3], reason="quality '-' is not a decimal number"))
case("dot-only-accuracy.csv", lf(HS, srow("m1", a=".")), err("DEFAULT", 2, "accuracy '.' is not a decimal number"))
case("nbsp-around-quality.csv", lf(HS, srow("m1", q="\u00a05")),
     err("DEFAULT", 2, "is not a decimal number"))
case("form-feed-in-quality.csv", lf(HS, srow("m1", q="5\f")), ok("STRICT", 1))  # trimmed like tabs and spaces
case("quoted-blank-trial.csv", lf(HS, '" ",m1,t,5,0.5,RANDOM', srow("m2")),
     ok("LENIENT", 1, rejected=1, lines=[2], reason="missing required field 'trial'"))
case("lone-cr-at-end.csv", HS + "\n" + srow("m1") + "\r", ok("STRICT", 1))

if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(os.path.join(OUT, "a-directory.csv"))
with open(os.path.join(OUT, "a-directory.csv", "README"), "w") as f:
    f.write("A directory named like a CSV file: the reader must refuse it in one line.\n")
expected.append(("a-directory.csv",) + err("DEFAULT", 0, "is a directory"))
for name, data in cases:
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
with open(os.path.join(OUT, "EXPECTED.tsv"), "w") as f:
    f.write("# Generated by ../make_ingest_corpus.py; one row per (file, mode).\n")
    f.write("file\tmode\toutcome\tline\treason\tused\twarned\trejected\tblank\tlines\n")
    for e in expected:
        f.write("\t".join(e) + "\n")
print(len(cases) + 1, "files,", len(expected), "expectations")
