"""Reads a built site's data/catalog.jsonld with rdflib and checks the
DCAT-AP mandatory properties (Catalog: title, description, publisher,
dataset; Dataset: title, description; Distribution: accessURL) and the
ones mueang adds: titles and descriptions in Thai and English, licence,
dct:modified, temporal and spatial coverage (Thailand and each province
covered), keywords, a CSV and a JSON distribution of every table with
downloadURL, mediaType and format; and a dataset per chart table of the
Data Package (`chart-th-NAME`, `chart-en-NAME`: dataset `chart-NAME`)
with a CSV distribution in each language, whose spatial coverage is
Thailand (its caption names the place). Exits 1 with every failure listed.

    check_dcat.py SITE_OUTPUT_FOLDER
"""

import json
import sys
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, SKOS

EU = "http://publications.europa.eu/resource/authority/"


def main(out: Path) -> int:
    path = out / "data" / "catalog.jsonld"
    g = Graph()
    g.parse(path, format="json-ld", publicID=path.resolve().as_uri())
    errors = []

    def need(ok, what):
        if not ok:
            errors.append(what)

    def langs(node, prop):
        return {o.language for o in g.objects(node, prop) if isinstance(o, Literal)}

    catalogs = list(g.subjects(RDF.type, DCAT.Catalog))
    need(len(catalogs) == 1, f"one dcat:Catalog, found {len(catalogs)}")
    if not catalogs:
        return report(errors)
    cat = catalogs[0]
    for prop in (DCTERMS.title, DCTERMS.description):
        need(langs(cat, prop) == {"th", "en"}, f"Catalog {prop} in th and en")
    need(g.value(cat, DCTERMS.publisher) is not None, "Catalog dct:publisher")
    need(g.value(cat, DCTERMS.license) is not None, "Catalog dct:license")

    # Every table of the package is a dataset, and summary.json one more.
    package = json.loads((out / "data" / "datapackage.json").read_text("utf-8"))
    resources = [r for r in package["resources"] if r["name"] != "summary"]
    tables = [r["name"] for r in resources if not r["name"].startswith("chart-")]
    # A chart's table is a dataset with a CSV in each language.
    charts = {}
    for r in resources:
        if r["name"].startswith("chart-"):
            lang, name = r["name"][len("chart-"):].split("-", 1)
            need(r["path"] == f"charts/{lang}/{name}.csv", f"{r['name']}: path {r['path']}")
            charts.setdefault(f"chart-{name}", set()).add(f"charts/{lang}/{name}.csv")
    datasets = list(g.objects(cat, DCAT.dataset))
    want_count = len(tables) + len(charts) + 1
    need(len(datasets) == want_count, f"{want_count} datasets, found {len(datasets)}")
    names = {str(g.value(d, DCTERMS.identifier)): d for d in datasets}
    need(set(names) == set(tables) | set(charts) | {"summary"}, f"datasets named {sorted(names)}")

    provinces = [r for r in package["resources"] if r["name"] == "provinces"]
    covered = set()
    if provinces:
        import csv

        with open(out / "data" / "provinces.csv", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                if int(row["projects"]) + int(row["cities"]) + int(row["ambassadors"]):
                    covered.add(row["code"])

    for name, d in names.items():
        where = f"Dataset {name}"
        need((d, RDF.type, DCAT.Dataset) in g, f"{where}: a dcat:Dataset")
        for prop in (DCTERMS.title, DCTERMS.description):
            need(langs(d, prop) == {"th", "en"}, f"{where}: {prop} in th and en")
        for prop in (DCTERMS.publisher, DCTERMS.license, DCTERMS.modified,
                     DCTERMS.accrualPeriodicity, DCTERMS.temporal, DCAT.landingPage):
            need(g.value(d, prop) is not None, f"{where}: {prop}")
        need(set(langs(d, DCAT.keyword)) == {"th", "en"}, f"{where}: keywords in th and en")
        temporal = g.value(d, DCTERMS.temporal)
        if temporal is not None:
            need(g.value(temporal, DCAT.startDate) is not None, f"{where}: temporal start")
            need(g.value(temporal, DCAT.endDate) is not None, f"{where}: temporal end")
        spatial = set(g.objects(d, DCTERMS.spatial))
        need(URIRef(EU + "country/THA") in spatial, f"{where}: spatial Thailand")
        codes = {str(g.value(s, DCTERMS.identifier)) for s in spatial if g.value(s, DCTERMS.identifier)}
        if name in charts:
            covered_here = set()  # a chart's caption says where; Thailand
        else:
            covered_here = covered
        need(codes == covered_here, f"{where}: the provinces covered, {sorted(covered_here)}; found {sorted(codes)}")
        for s in spatial:
            if g.value(s, DCTERMS.identifier) is not None:
                need(langs(s, SKOS.prefLabel) == {"th", "en"}, f"{where}: province names in th and en")
        formats, files = set(), set()
        for dist in g.objects(d, DCAT.distribution):
            w = f"{where}: distribution {dist}"
            need((dist, RDF.type, DCAT.Distribution) in g, f"{w} is a dcat:Distribution")
            need(g.value(dist, DCAT.accessURL) is not None, f"{w}: dcat:accessURL")
            url = g.value(dist, DCAT.downloadURL)
            need(url is not None, f"{w}: dcat:downloadURL")
            media = g.value(dist, DCAT.mediaType)
            fmt = g.value(dist, DCTERMS["format"])
            need(media is not None and fmt is not None, f"{w}: mediaType and format")
            if url is not None and fmt is not None:
                rel = str(url).split("/data/", 1)[-1]
                file = out / "data" / rel
                need(file.is_file(), f"{w}: {file} exists")
                formats.add(str(fmt).rsplit("/", 1)[-1])
                files.add(rel)
        if name in charts:
            need(formats == {"CSV"}, f"{where}: CSV distributions only, found {sorted(formats)}")
            need(files == charts[name], f"{where}: files {sorted(charts[name])}, found {sorted(files)}")
            continue
        want = {"JSON"} if name == "summary" else {"CSV", "JSON"}
        need(formats == want, f"{where}: distributions {sorted(want)}, found {sorted(formats)}")
    return report(errors, len(names))


def report(errors, datasets=0):
    for e in errors:
        print(f"check_dcat: {e}", file=sys.stderr)
    if errors:
        return 1
    print(f"check_dcat: the catalog and its {datasets} datasets have every property checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
