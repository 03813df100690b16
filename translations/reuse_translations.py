#!/usr/bin/env python3
"""Fills the unfinished messages of a Qt Linguist .ts file with translations
of the same source text found elsewhere: in another context of the same file
or in an older copy of it. Code that moves between classes (a context is a
class name) keeps its translations this way.

usage: reuse_translations.py NEW.ts [OLD.ts ...]
Prints how many messages it filled and which stay unfinished."""
import sys
import xml.etree.ElementTree as ET


def finished(tree):
    known = {}
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if message.get("numerus") == "yes":
            continue  # plural forms are left to a translator
        if translation.text:
            known.setdefault(source.text, translation.text)
    return known


def main():
    path, olds = sys.argv[1], sys.argv[2:]
    tree = ET.parse(path)
    known = finished(tree)
    for old in olds:
        for source, text in finished(ET.parse(old)).items():
            known.setdefault(source, text)
    filled, missing = 0, []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.find("source").text
            if source in known and message.get("numerus") != "yes":
                translation.text = known[source]
                del translation.attrib["type"]
                filled += 1
            else:
                missing.append(context.find("name").text + ": " + (source or ""))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Qt Linguist's own header line.
    text = open(path, encoding="utf-8").read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    open(path, "w", encoding="utf-8").write(text)
    print(f"{path}: {filled} filled, {len(missing)} unfinished")
    for m in missing:
        print("  " + m)


if __name__ == "__main__":
    main()
