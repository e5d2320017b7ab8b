# mueang's messages in English. Each message is in th.ftl too, under the
# same id and in the same order; `{ $name }` is a value shown as written.

## The frame of every diagnostic

level-error = error
level-warning = warning
level-help = help
level-note = note
field-label = field `{ $field }`
field-note = in field `{ $field }`
summary-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
more-problems = this file has more problems than the { $shown } shown (a file's first { $shown } are): at least { $errors } more { $errors ->
        [one] error
       *[other] errors
    } and { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
more-problems-help = fix these, then check again

## What `check` and `build` say last

check-failed = mueang check: { $counts } in `{ $folder }`: fix the errors above
check-passed = mueang check: { $counts } in `{ $folder }`
build-failed = mueang build: { $counts } in `{ $folder }`: nothing written; fix the errors above
build-denied-warnings = mueang build: { $counts } in `{ $folder }`: warnings are errors here (--deny-warnings); nothing written
check-denied-warnings = mueang check: { $counts } in `{ $folder }`: warnings are errors here (--deny-warnings)
build-written = mueang build: { $counts }; wrote { $files } { $files ->
        [one] file
       *[other] files
    } ({ $kb } KB) to `{ $output }` in { $ms } ms

## What `new` says

new-wrote = wrote { $path }
new-next = next: edit them, replacing every example value; `mueang check` names each line that still holds one until it is replaced

## A record's fields

field-missing = missing required field `{ $field }`
field-missing-help = add a line `{ $field }: …` with { $what }
field-empty = `{ $field }` is empty
field-empty-help = after `{ $field }:`, write { $what }
what-name = the { $kind }'s name
what-headline = the headline
what-page-title = the page's title
what-person = the person's name
what-province = the province: its Thai or English name or its code, such as `ระยอง`, `Rayong` or `TH-21`
what-domains = one or more domains in brackets, such as `[mobility]`: { $choices }
what-status = one of { $choices }
what-number = the cohort's number, such as `3`
what-started = the date it started, such as `24 สิงหาคม 2565` or `2022-08-24`
what-date = the date, such as `24 สิงหาคม 2565` or `2022-08-24`
what-cohort = the id of the person's cohort, such as `sca-1`
what-value = a value
kind-cohort = cohort
kind-city = city
kind-project = project
kind-ambassador = ambassador
kind-news = news item
kind-page = page
unknown-field = unknown field `{ $field }`
unknown-field-takes = { $what } takes these fields: { $fields }
field-twice = `{ $field }` is given twice
field-twice-help = keep one of them

## YAML written as people write it

tab-indent = this line is indented with a tab: YAML indents with spaces only
tab-indent-help = replace the tab at column { $column } with spaces: `{ $fixed }`
curly-quotes = “ and ” are not quotes to YAML: it reads them as part of the text, and the `: ` in it as the start of another field
curly-quotes-help = use straight quotes `"`, as here: `{ $fixed }`
colon-in-text = the text of `{ $field }` holds `: `, which YAML reads as the start of another field
colon-in-text-help = put the text in quotes: `{ $fixed }`
value-empty = `{ $field }` is empty
value-empty-help = write its value after `{ $field }:`
commas-not-a-list = `{ $value }` is one value with commas in it, not a list
commas-not-a-list-help = write the list in brackets: `{ $fixed }`

## Dates

value-then = `{ $value }`: { $message }
did-you-mean = did you mean `{ $near }`?
date-be-iso = this date has a Buddhist-era year, but ISO dates take the Common-Era year
date-ce-thai = this Thai date has a Common-Era year, but Thai dates take the Buddhist-era year
date-be-english = this English date has a Buddhist-era year, but English dates take the Common-Era year
date-two-digits = the year is written with two digits, which do not say the century: write all four
date-impossible = this date does not exist: { $reason }
date-impossible-help = check the day and the month
date-fiscal = a fiscal year is not a date: ปีงบประมาณ { $fy } runs from { $first } to { $last }
date-fiscal-help = write the month, such as `{ $month }`, or the year, `{ $first }` or `{ $last }`; the site works out the fiscal year from the month
date-slashes = slashes are read differently in Thai and US usage: day/month in Thai, month/day in the US
date-slashes-either = slashes are read differently in Thai and US usage: day/month in Thai, month/day in the US, so this could be { $a } or { $b }
date-slashes-write = for { $date }, write `{ $iso }` or `{ $thai }`
date-slashes-both = { $a }; { $b }
date-out-of-range = this year is out of range (1900 to 2200 CE)
date-not-a-date = this is not a date
date-how = write `2022-08-24`, `24 สิงหาคม 2565` or `24 ส.ค. 2565`; where only the month or year is known, `2022-08`, `สิงหาคม 2565`, `2022` or `พ.ศ. 2565`

## Values

province-near = did you mean `{ $name }` ({ $thai }, { $code })?
province-how = write the province's ISO code (`TH-21`), its Thai name (`ระยอง`) or its English name (`Rayong`)
unknown-province = unknown province `{ $value }`
no-province = no province is given
no-province-help = write the province, such as `province: Rayong`
not-a-vocab = `{ $value }` is not a { $what }
vocab-domain = domain
vocab-city-status = city status
vocab-project-status = project status
vocab-metric = metric
vocab-report-kind = kind of reported figure
vocab-near = did you mean `{ $near }`? The choices are { $choices }
vocab-how = write one of { $choices }
no-record = there is no { $kind } with the id `{ $id }`
no-record-how = write the id (file name without `.md`) of a record in `{ $folder }/`
no-source = there is no source with the id `{ $id }`
no-source-how = add the source to `sources.yaml` with its publisher, title and date
money-negative = an amount of money cannot be negative
money-negative-help = write the amount without a minus sign
money-not-money = this is not an amount of money
money-not-money-help = write a whole number of baht (`1170000000`) or as the press writes it: `1,170 ล้านบาท`, `1.17 พันล้านบาท`, `THB 1,170 million`, `1,170M THB`
money-not-whole = this is not a whole number of baht
money-not-whole-help = give the amount to the whole baht
money-too-large = this amount is too large to be real
money-too-large-help = check the number of digits and the unit (ล้าน, million)
money-unknown-help = { $how }; if the amount is not known, leave the line out (or write `ไม่ระบุ`)

## `new`'s example values

example-value = this is still the example value that `mueang new` wrote
example-text = this is still the example text that `mueang new` wrote
example-person = person
example-body-en-help = write the English text in place of this line, or delete it until there is a translation
example-body-help = write the { $kind }'s text in place of this line, or delete it
example-title-en-help = write the English title after `title:`, or delete the line until there is one
example-title-help = write { $what } after `title:`
example-name-help = write the person's name after `name:`
example-province-help = write the province after `province:`: its Thai or English name or its code, such as `ระยอง`, `Rayong` or `TH-21`
example-domains-help = write the project's domains in brackets after `domains:`, such as `[mobility]` or `[environment, energy]`; the comment above the line lists the seven
example-status-help = write the city's status after `status:`, such as `certified`; the comment above the line lists the four
example-summary-en-help = write a one-sentence summary in English after `summary:`, or delete the line until there is one
example-summary-help = write a one-sentence summary after `summary:`, or delete the line
example-other-help = write the real value after `{ $field }:`, or delete the line

## More about fields

not-a-count = `{ $value }` is not a whole number
count-negative-help = the number cannot be negative
count-how = write a whole number, such as `49` or `๔๙`
bool-block = `{ $value }` is written as a block of text (after `|` or `>`), not as `true` or `false`
bool-block-help = write `{ $field }: { $value }` on one line, in lower case, without quotes
not-a-bool = `{ $value }` is not `true` or `false` as YAML writes them
bool-how = write `true` or `false` in lower case, without quotes
title-empty = the title is empty
title-empty-help = write the record's title after `title:`
name-empty = the name is empty
name-empty-help = write the person's name after `name:`
no-translation = no English translation: the English page will show the Thai text
no-translation-help = create `{ $path }` with the English `title`, `summary` and text
expected-one-value = expected a single value here, not a list or a mapping
expected-one-value-help = this field takes one value: not a `[…]` list and not a `{"{"} … {"}"}` map (a title in English goes in the record's `.en.md` file)
expected-list = expected a list here
expected-list-help = write a list as `[a, b]`, or one item per line starting with `- `
expected-bool = expected `true` or `false` here
no-front-matter = this record does not start with front matter
no-front-matter-help = start the file with a line `---`, then the fields (`title: …`), then a line `---`, then the text
front-matter-not-closed = the front matter that starts on line 1 is never closed
front-matter-not-closed-help = add a line `---` after the last field

## Files

record-ending = this record is not read: a record's name ends in `.md` or `.yaml`, not `.{ $ending }`
record-txt = this record is not read: its name ends in `.{ $ending }` after `.{ $before }`
rename-it = rename it to `{ $name }`

## Thai text copied with hazards

hazard-split-sara-am = SARA AM is written as two characters, NIKHAHIT and SARA AA (as text copied from a PDF often is): search and sorting do not match it with the word as typed
hazard-tone-before-vowel = a tone mark is typed before the vowel it belongs after: search and sorting do not match the word as typed
hazard-tone-after-sara-am = a tone mark is typed after SARA AM, which it belongs before: search and sorting do not match the word as typed
hazard-doubled-mark = the same mark is typed twice on one letter
hazard-invisible = an invisible character, { $name } ({ $point }), is inside Thai text: search does not find the words it sits in
hazard-no-break-space = a { $name } ({ $point }) is between Thai words (as text pasted from Word or a PDF often has): the line cannot break there
hazard-leading-space = the text starts with a space
hazard-trailing-space = the text ends with a space
hazard-lookalike = the Latin letter `{ $found }` is inside a Thai word: it looks like a Thai letter, but search and sorting read it as Latin
hazard-lookalike-help = found `{ $found }`; if the Thai letter `{ $thai }` ({ $point }) was meant, it should be `{ $should }`: retype the letter in Thai (`mueang check --fix` leaves this one to you)
hazard-removed = removed
as-is = { $text }
hazard-help = found `{ $found }` ({ $points } → { $fixed }), should be `{ $should }`; `mueang check --fix` rewrites it in the file

## What `serve` says in the terminal

serve-failed = build failed in { $ms } ms: { $counts }; still serving the last good build, with the errors over every page
serve-failed-no-site = build failed in { $ms } ms: { $counts }; serving the errors on every page until the site builds
serve-rebuilt = rebuilt in { $ms } ms: { $files } { $files ->
        [one] file
       *[other] files
    } changed; { $counts }
serve-built = built { $files } files in { $ms } ms; { $counts }
serve-built-nothing = built nothing in { $ms } ms
serve-changed = { $more ->
        [0] { $path } changed
       *[other] { $path } and { $more } more changed
    }
serve-changed-nothing = changed
serve-serving = mueang serve: serving `{ $folder }` at { $url } (Ctrl-C to stop); watching for changes

## Reading files, themes and templates

file-unreadable = cannot read this file: { $detail }
file-too-large = this file is too large ({ $size } MB; the limit is { $limit } MB)
file-too-large-help = a record is a page of text: split it, or move data out of it
file-not-utf8 = this file is not UTF-8 text (an invalid byte at line { $line }, column { $column })
file-not-utf8-help = save the file with the encoding UTF-8 (in most editors: Save As → Encoding → UTF-8)
file-nul = this file holds a NUL byte (at line { $line }, column { $column }), which text never has
file-nul-help = the file may be damaged, or not a text file: open it in a text editor, delete the odd character and save it again
file-empty = this file is empty
file-empty-help = write the record's fields, or delete the file
link-folder-inside = this link points to another folder in the content folder, whose files would count twice
link-folder-inside-help = remove the link: each record is read from its kind's own folder
link-outside = this link points outside the content folder
link-folder-outside-help = copy the folder's files into the content folder instead of linking it
link-file-inside = this link points to another file in the content folder, which would count twice
link-file-help = copy the file into the content folder instead of linking it
link-loop = this link makes a loop: it points back to `{ $target }`
link-loop-help = remove the link
walk-too-many-files = the content folder holds more than { $max } { $max ->
        [one] file
       *[other] files
    } (the record limit); the rest were not read
walk-too-many-files-help = check that `--content` names the site's content folder, not a folder above it
walk-not-a-file = this is not a regular file (a pipe, socket or device)
walk-not-a-file-help = remove it from the content folder
walk-unreadable = cannot read this: { $detail }
no-site-yaml = the site has no `site.yaml`
no-site-yaml-help = create it with at least `title: {"{"} th: …, en: … {"}"}`; see README.md
hard-link = this file is a hard link (one file with { $names } names): { $names ->
        [2] its other name
       *[other] its other names
    } may be outside { $folder }
hard-link-help = copy the file instead of linking it; or, if every name of it belongs to the site, set `allow_hard_links: true` in `site.yaml`
folder-content = the content folder
folder-theme = the theme folder
not-a-language = `.{ $lang }` is not a language of this site
thai-has-no-language = the Thai record has no language in its name: rename it to `{ $name }`
languages-of-site = mueang sites are in Thai (`ID.md`) and English (`ID.en.md`)
or-ignore = add `{ $pattern }` to `ignore:` in `{ $file }`
file-not-a-record = this file is not read: it is not a record
file-must-end-in-yaml = this file must end in `.yaml`
file-not-a-record-top-help = records go in the folder of their kind ({ $kinds }), and only `site.yaml` and `sources.yaml` at the top of `{ $content }/`: move `{ $name }` where it belongs, or { $ignore }
not-a-kind = `{ $folder }` is not a kind of record
keep-other-files = to keep other files in `{ $folder }`, { $ignore }
kind-near-or-keep = did you mean `{ $near }`? Or, { $keep }
records-go-in-or-keep = records go in one of: { $kinds }; { $keep }
records-go-in = records go in one of: { $kinds }
kind-folder-copy-help = a folder of records holds only `ID.md`, `ID.en.md` and `ID.yaml` files: if this is a record, rename it to `{ $renamed }`; if it is a copy, move it out of `{ $folder }`, or { $ignore }
kind-folder-stray-help = a folder of records holds only `ID.md`, `ID.en.md` and `ID.yaml` files: move `{ $name }` out of `{ $folder }`, or { $ignore }
records-not-in-sub-folders = records cannot be in sub-folders
records-not-in-sub-folders-help = move it directly into `{ $folder }`; or, to keep a folder of drafts there, { $ignore }
kind-folder-sub-folder-help = a folder of records holds only `ID.md`, `ID.en.md` and `ID.yaml` files, and no folders: move `{ $sub }/` out of `{ $folder }`, or { $ignore }
id-windows-device = `{ $id }` cannot be an id: Windows keeps the name for a device, so its page could not be copied there
id-windows-device-help = rename the file to a longer name, such as `{ $name }`
id-too-long = the id `{ $id }` is too long ({ $bytes } bytes; the limit is { $limit })
id-not-valid = `{ $id }` is not a valid id
id-how-latin = an id uses only a-z, 0-9 and `-` (it is part of the page's address): use a Latin name such as `rayong-green-belt`
id-how-rename = an id uses only a-z, 0-9 and `-` (it is part of the page's address): rename the file to `{ $name }`
text-without-thai = a text map needs its Thai text, `th`
text-without-thai-help = write `{"{"} th: …, en: … {"}"}`, or the text alone where it is the same in both languages
text-unknown-language = unknown language `{ $lang }`: text maps take `th` and `en`
text-map-how = write `{"{"} th: …, en: … {"}"}`
field-missing-front-matter-help = add a line `{ $field }: …` to the front matter
yaml-many-documents = this file holds more than one YAML document
yaml-many-documents-help = remove the extra `---` line: a `.yaml` record is one block of fields
yaml-too-deep = lists and mappings here nest more than { $limit } levels deep (the YAML nesting limit)
yaml-too-deep-help = a record's fields nest at most 3 levels: check for a stray `[`, `{"{"}` or `- `
yaml-too-many-aliases = this YAML uses more than { $limit } aliases or anchors (`*name`, `&name`; the alias limit)
yaml-too-many-aliases-help = write each value out instead of repeating it with `*name`
yaml-too-large = this YAML holds more than { $values } values or { $mb } MB of text, counting repeats by `*name` (the YAML size limit)
yaml-too-large-help = a record holds a few dozen values: split it, or move data out of it
yaml-unreadable = the YAML front matter cannot be read: { $detail }
yaml-unreadable-help = check the indentation, that every field name is followed by `:` and a space, and put text containing `: ` or ` #` in quotes
not-in-a-translation = `{ $field }` does not belong in a translation
not-in-a-translation-help = `{ $field }` is the same in every language: set it in the Thai record `{ $thai }`; a translation holds only `title`, `summary` and the body
text-too-deep = the text nests more than { $limit } levels deep here (quotes, lists or HTML tags inside each other: the Markdown nesting limit)
text-too-deep-help = a quote or list nests a few levels at most: look for a run of `>`, `- ` or unclosed tags
hazard-more = this file has { $more } more { $more ->
        [one] place
       *[other] places
    } with characters like these (the first { $shown } are shown)
hazard-more-help = run `mueang check --fix` to rewrite them all
ignore-matches-records = `{ $pattern }` matches { $more ->
        [0] a record, which is read all the same: `{ $first }`
       *[other] records, which are read all the same: `{ $first }` and { $more } more
    }
ignore-matches-records-help = `ignore:` leaves out only files that are not records; to take a record off the site, move it out of `{ $content }/`
ignore-empty = this pattern of `ignore:` is empty
ignore-empty-help = remove the line, or write a pattern such as `*.docx`
ignore-backslash = `{ $pattern }` holds `\`, which is not how a pattern separates folders
ignore-backslash-help = write `/` between folders, as in `projects/notes.txt`
ignore-negated = `{ $pattern }` starts with `!`: a pattern lists files to leave out, never files to keep
ignore-negated-help = remove the line: every file not listed is read, or refused, as usual
ignore-names-nothing = `{ $pattern }` names no file or folder
ignore-pattern-how = write a pattern such as `*.docx` or `projects/drafts/`
ignore-unclosed-set = `{ $pattern }` opens a set of characters with `[` that no `]` closes
ignore-unclosed-set-help = close it, as in `photo-[0-9].jpg`; for a `[` in a file's name, write `[[]`
ignore-backward-range = `{ $pattern }` has the range `{ $from }-{ $to }`, whose first character comes after its last
ignore-backward-range-help = write a range from first to last, as in `[a-z]` or `[0-9]`
ignore-unopened-choice = `{ $pattern }` closes with `{"}"}` a choice that no `{"{"}` opens
ignore-unopened-choice-help = write a choice as `{"{"}a,b{"}"}`, as in `*.{"{"}jpg,png{"}"}`; for a `{"}"}` in a file's name, write `[{"}"}]`
ignore-unclosed-choice = `{ $pattern }` opens a choice with `{"{"}` that no `{"}"}` closes
ignore-unclosed-choice-help = write a choice as `{"{"}a,b{"}"}`, as in `*.{"{"}jpg,png{"}"}`; for a `{"{"}` in a file's name, write `[{"{"}]`
ignore-nested-choices = `{ $pattern }` has too many choices `{"{"}…{"}"}` inside one another
ignore-nested-choices-help = write the choices side by side, as in `*.{"{"}jpg,png{"}"}`
ignore-unreadable = `{ $pattern }` cannot be read as a pattern: { $detail }
theme-missing = the theme `{ $theme }` does not exist
theme-missing-help = make the folder `{ $folder }` (its files override the default theme's), or write `theme: default`
template-not-utf8 = this template is not UTF-8 text
template-not-utf8-help = save it as UTF-8
theme-strings-no-language = this strings file is for no language of the site
theme-strings-no-language-help = name it `th.yaml` or `en.yaml`
theme-folder-unreadable = cannot read this theme folder: { $detail }
theme-link = a theme file may not be a symbolic link
theme-link-help = copy the file into the theme folder instead of linking to it
theme-not-a-file = this is not a regular file
theme-not-a-file-help = remove it
theme-path-too-long = this file's path in the theme is { $bytes } bytes long; the output path limit is { $limit }
theme-path-too-long-help = shorten its folder or file names
theme-file-too-large = this theme file is larger than the limit of { $limit } MB
theme-file-too-large-help = make it smaller; fonts should be woff2 subsets
theme-string-not-text = the interface string `{ $key }` is not text
theme-string-not-text-help = write it as text, in quotes if it looks like a number or yes/no
theme-strings-not-a-map = an interface strings file must be a map of names to text
theme-strings-not-a-map-help = write one `name: text` per line
theme-string-missing = the interface string `{ $key }` is missing
theme-string-missing-help = add `{ $key }` in this language
template-error = { $detail }
template-error-help = fix the template; `mueang check` shows this without writing anything
template-includes-itself = this template includes itself: { $chain }
template-includes-itself-help = remove the `{"{"}% include %{"}"}` that leads back to it
charts-not-drawn = the charts could not be drawn: { $detail }
cards-not-drawn = the social cards could not be drawn: { $detail }
fault-in-mueang = this is a fault in mueang; please report it with the content that caused it
page-id-is-a-section = a page may not be called `{ $id }`: the site has a section of that name
page-id-is-a-section-help = rename the file; these names are taken: { $taken }
dropped-text = { $n ->
        [one] { $n } character of text from here on is left out of the page: { $hides } hides it
       *[other] { $n } characters of text from here on are left out of the page: { $hides } hides them
    }
dropped-text-help = a page keeps only safe HTML, and drops the text that HTML such as `<script>`, `<style>` or `<math>` turns into code; { $fix }, or write the text in Markdown
dropped-html-this-line = the HTML on this line
dropped-html-on-line = the HTML on line { $line }
dropped-html-in-text = HTML in the text
dropped-fix-that-html = remove that HTML
dropped-fix-html-on-line = remove the HTML on line { $line }
dropped-fix-html = remove the HTML
shortcode-never-closed = this `{"{{"}` is never closed
shortcode-never-closed-help = end the shortcode with `{"}}"}`, or write `{"{{"}` as `&#123;&#123;` to show it as text
shortcode-not-a-shortcode = `{ $text }` is not a shortcode
shortcode-how = write a shortcode as `{"{{"} figure(metric="projects") {"}}"}`
shortcode-unknown = there is no shortcode `{ $name }`
shortcode-unknown-help = the shortcodes are: { $shortcodes }
shortcode-did-you-mean = did you mean `{ $near }`? { $rest }
shortcode-list = { $all }, { $next }
shortcode-chart-own-line = a chart must stand on a line of its own
shortcode-chart-own-line-help = put the `{"{{"} chart(…) {"}}"}` at the start of its own line, not indented, with an empty line before and after it
shortcode-chart-twice = the chart `{ $chart }` is already in this text
shortcode-chart-twice-help = show each chart once in a text
shortcode-chart-no-argument = `chart` has no argument `{ $argument }`
shortcode-chart-arguments = its arguments are: name, and province for a province's chart
shortcode-chart-argument-twice = `chart` has `{ $argument }` twice
shortcode-chart-argument-twice-help = keep one `{ $argument }="…"`
shortcode-chart-of-a-province = { $chart } (with province="…")
shortcode-chart-needs-a-name = `chart` needs a `name`
shortcode-chart-needs-a-name-help = add name="…", one of: { $charts }
shortcode-chart-of-the-programme = the chart `{ $chart }` is of the whole programme, not of a province
shortcode-chart-of-the-programme-help = remove province="…"; the charts of a province are: { $charts }
shortcode-chart-needs-a-province = the chart `{ $chart }` needs a province
shortcode-chart-needs-a-province-help = add province="…" with the province's Thai or English name, or its code (TH-21)
shortcode-no-province = there is no province `{ $province }`
shortcode-no-chart = there is no chart `{ $chart }`
shortcode-charts-are = the charts are: { $charts }
shortcode-figure-two-scopes = `figure` takes one scope, but has `{ $first }` and `{ $second }`
shortcode-keep-one = keep one of them
shortcode-figure-no-argument = `figure` has no argument `{ $argument }`
shortcode-figure-arguments = its arguments are: { $arguments }
shortcode-figure-needs-a-metric = `figure` needs a `metric`
shortcode-figure-needs-a-metric-help = add metric="…", one of: { $metrics }
shortcode-no-metric = there is no metric `{ $metric }`
shortcode-metrics-are = the metrics are: { $metrics }
shortcode-metric-not-per = the metric `{ $metric }` is not counted per { $scope }
shortcode-metric-not-per-help = per { $scope }, the metrics are: { $metrics }
shortcode-no-such = there is no { $what } `{ $id }`
shortcode-no-such-help = use the id of a record in content/
shortcode-domain = domain
shortcode-region = region


## The command line, writing the site and serving it

write-not-ours = `{ $path }` is not empty and was not made by mueang, so it will not be replaced
write-not-ours-help = choose another folder with --output, or empty this one
write-not-a-folder = `{ $path }` exists and is not a folder
write-not-a-folder-help = choose another path with --output
write-unsafe = refusing to write `{ $path }`: the path would leave the output folder, or is longer than { $max } bytes
write-inside = the output folder `{ $output }` is inside the { $what } folder `{ $folder }`, which every { $what ->
        [content] check and build
       *[themes] build
    } reads
write-same = the output folder `{ $output }` is the { $what } folder `{ $folder }`, which every { $what ->
        [content] check and build
       *[themes] build
    } reads
write-outside-help = write the site to a folder outside it, such as `--output output`
write-holds-content = the content folder `{ $content }` is inside the output folder `{ $output }`, which a build replaces as a whole
write-holds-content-help = write the site to a folder that does not hold the content, such as `--output output`
write-locked = another mueang build (process { $pid }) is writing this output folder now
write-locked-help = wait for it to finish and build again; if no build is running, delete `{ $lock }`
write-stranded = cannot swap the new site in: { $error }
write-stranded-help = the previous site is whole in `{ $previous }`; rename it back, or build again
write-interrupted = stopped (Ctrl-C or a stop signal) before the new site was in place; the previous output is untouched
write-io = cannot write `{ $path }`: { $error }
write-io-help = the previous output is untouched; check the disk space and permissions
build-stopped = mueang build: stopped (Ctrl-C or a stop signal); nothing written
build-no-stop-handler = Ctrl-C and stop signals will stop the build without tidying up ({ $error })
progress-reading = reading and checking the content
progress-rendering = rendering pages: { $files } files ({ $elapsed })
progress-indexing = indexing for search { $bar } { $done }/{ $pages } pages, about { $left } left
fix-nothing = mueang check --fix: no Thai text to fix
fix-fixed = fixed { $path }: { $places } { $places ->
        [one] place
       *[other] places
    } on { $count ->
        [one] line
       *[other] lines
    } { $lines }
new-no-kind = there is no kind of record `{ $kind }`
new-no-kind-help = the kinds are: { $kinds }
new-section-name = a page may not be called `{ $id }`: the site has a section of that name; nothing was written
new-section-name-help = choose another id; these names are taken: { $taken }
new-exists = `{ $path }` already exists; nothing was written
new-exists-help = choose another id, or edit that file
new-no-cohort = an ambassador belongs to a cohort, and there is none yet
new-no-cohort-help = run `mueang new cohort ID` first
new-cannot-write = cannot write `{ $path }`: { $error }
serve-in-use = port { $port } on { $bind } is already in use (is another `mueang serve` running?)
serve-in-use-help = stop the other program, or choose another port: `mueang serve --port { $next }`
serve-bind = cannot listen on { $bind } port { $port }: { $error }
serve-not-an-address-help = { $bind } is not an address of this computer; leave out --bind to preview here, or give 0.0.0.0 to show it to your network
serve-low-port-help = ports below 1024 need special rights; choose another with --port, such as 1111
serve-bind-help = choose another port with --port, or another address with --bind
serve-watch = cannot watch the site's folders for changes: { $error }
serve-watch-help = close some other programs, and start `mueang serve` again
serve-runtime = cannot start the web server: { $error }
serve-stopped = the web server stopped: { $error }
serve-open-to-network = listening on { $bind }: other devices on your network can open this preview
serve-open-to-network-help = leave out --bind to keep it to this computer
serve-no-browser = cannot open the preview in a web browser: { $error }; open { $url } by hand
serve-search-ready = search index ready in { $ms } ms ({ $remade } of { $shards } shards made again, { $pages } pages)
serve-search-failed = cannot make the search index: { $error }
serve-no-host = a request without a Host
serve-refused = this preview answers only to localhost, 127.0.0.1, [::1] and the --bind address, not to { $host }
    to open it by another name, start it with `mueang serve --allow-host NAME`
drive-network = a network drive: { $kind }
drive-wsl = a Windows drive seen from WSL: { $kind }
drive-shared = a virtual machine's shared folder: { $kind }
every-seconds = { $n } s
every-ms = { $n } ms
polling = watching by polling every { $every } ({ $why })
polling-drive = `{ $folder }` is on { $drive }
polling-no-events = the system's file events cannot be used: { $error }
usage-label = Usage
usage-unknown-option = there is no option `{ $option }`
usage-see-help = see every option with `{ $command } --help`
usage-did-you-mean = did you mean `{ $suggested }`?
usage-unknown-command = there is no command `{ $command }`
usage-commands = the commands are check, build, serve and new
usage-value-missing = `{ $option }` needs a value after it
usage-value-refused = `{ $value }` is not a value of `{ $option }`
usage-values = the values are: { $values }
usage-missing = missing { $missing }
usage-poll = give the milliseconds between two looks at the folders, from 100 to 60000 (1000 is a second)
usage-host = `{ $given }` is not a host name; give the name alone, such as `mypc.local`
usage-whole-number = write a whole number, such as 1111
usage-address = write an IP address, such as 127.0.0.1 or 0.0.0.0
base-url-flag-not-an-address = `{ $given }` is not a web address for --base-url
base-url-flag = --base-url `{ $given }`
io-error = { $detail }
fatal-no-content = cannot open the content folder `{ $folder }`: { $error }
fatal-no-content-help = run mueang in the site's folder (the one that holds `content/`), or pass `--content DIR`
fatal-not-a-folder = `{ $folder }` is not a folder
fatal-cannot-write = cannot write `{ $path }`: { $error }
fatal-outcome-lost = the last build's outcome was lost
links-no-site = `{ $output }` holds no site built by mueang
links-no-site-help = run `mueang build` first, or name the folder with --output
links-cannot-read = cannot read `{ $path }`: { $error }

## Site settings, records, links, privacy and figures
# `site.yaml` and `sources.yaml`
config-base-url-not-address = `base_url` must be a web address
config-language-unknown = `{ $value }` is not a language mueang builds
config-language-unknown-help = mueang builds Thai (`th`) and English (`en`) sites: write `languages: [th, en]`
config-languages-without-thai = the languages must include Thai
config-languages-without-thai-help = write `languages: [th, en]`
config-default-language = the default language must be Thai
config-default-language-help = records are written in Thai first, with English translations: write `default_language: th`
config-theme-name = `{ $value }` is not a theme name
config-theme-name-help = a theme is a folder name under `themes/`, such as `default`
config-source-id = `{ $id }` is not a valid source id
config-source-id-help = an id uses only a-z, 0-9 and `-`, such as `depa-2022-08-24`
site-base-url-no-host = `base_url` is not a full web address, so the sitemap and the feeds hold addresses without a host
site-base-url-no-host-help = write where the site will be published, such as `https://example.org/report/`, or build with --base-url
epoch-not-seconds = `{ $value }` is not a whole number of seconds since 1970, so the build's date is the latest date in the content
epoch-not-seconds-help = set it to the time of the build in seconds, such as `date +%s` gives, or unset it

# Web addresses: `base_url` and a source's `url`
address-field-base-url = `base_url`
address-field-source-url = a source's `url`
address-not-an-address = { $field } is not a web address
address-scheme = { $field } must start with `https://` or `http://`
address-credentials = { $field } holds a user name or password (the part up to `@`), which the site would publish
address-credentials-help = leave out the user name and password: `{ $without }`
address-dot-segment = { $field } has a `{ $part }` part in its path, so links made from it would point to the wrong place
address-dot-segment-help = write the address without `.` and `..` parts: `{ $without }`
address-query-or-fragment = { $field } has a `?…` or `#…` part, and the site's links are made by adding paths to it
address-query-or-fragment-help = leave out the `?…` or `#…` part: write only the address of the site's first page
address-character = { $field } has { $character } in it
address-space = a space
address-tab = a tab
address-white-space = white space
address-control = the control character U+{ $code }
address-other = a `{ $char }`
address-character-help = an address has no spaces, quotes, `<`, `>` or `\` (a space is written `%20`); { $example }
address-base-url-example = write the address the site will be published at, such as `https://example.org/report/`
address-source-url-example = copy the address from the browser's address bar

# Records and their ids
choices-or = { $rest } or { $last }
list-comma = { $first }, { $rest }
record-id-taken = { $folder ->
        [ambassadors] an
       *[other] a
    } { $kind } with the id `{ $id }` already exists: `{ $first }`
record-id-taken-help = ids must be unique within a kind: rename one of the files
cohort-ends-before-start = the cohort ends before it starts
cohort-ends-before-start-help = `started` is { $started }: check both dates
cohort-number-taken = cohort number { $number } is also used by `{ $first }`
cohort-number-taken-help = each cohort has its own number
project-no-domain = a project needs at least one domain
project-no-domain-help = write one or more of { $choices }
translation-orphan = this translates `{ $id }`, but there is no such record
translation-orphan-help = create the Thai record `{ $path }` first, or rename this file to match it
translation-ambassador-title = an ambassador has no title
translation-ambassador-title-help = a person's name is the same in every language: remove `title`
translation-twice = `{ $id }` already has a translation: `{ $first }`
translation-twice-help = keep one of the two files
not-yet-translated = not yet translated: { $missing }
not-yet-translated-help = the English page shows the Thai text for these
not-yet-translated-text = the text

# Dates that do not exist
date-no-month = there is no month { $month }
date-no-day-zero = there is no day 0
date-past-month-end = { $month_en } has { $days ->
        [one] { $days } day
       *[other] { $days } days
    }

# Figures that cannot be true, and reports the records contradict
bounds-provinces = `{ $metric }` is { $value }, more than the { $all } provinces Thailand has
bounds-provinces-help = check the value against the source: a count of provinces is at most { $all }; a figure of cities or areas takes `metric: cities` or `metric: promotion_zones`
bounds-as-of = `as_of` { $date } is after the build's date: { $build }
bounds-as-of-help = check the date against the source `{ $source }`: a figure can only be reported as of a day that has come
build-date-epoch = { $date }, from SOURCE_DATE_EPOCH ({ $secs })
build-date-content = the latest date in the content, { $date } in `{ $path }`
bounds-total = with `{ $value }`, the projects' values add up to more than the { $limit } baht a total can hold
bounds-total-help = the projects before this one (in file order) already add up to { $before } baht: check the values for a unit written twice or zeros too many (`value_thb` is the project's whole value in baht)
reconcile-exceeds = { $scope }: { $what_en }: reported { $reported }, but the records hold more: { $computed }
reconcile-exceeds-help = check the records for duplicates, or note a newer report
reconcile-disagree = { $scope }: { $what_en }: sources disagree: { $reported } ({ $source }) against { $others }
reconcile-disagree-help = check the sources; give each report its `as_of` date if they speak of different times

# A person who is not public
privacy-not-public = this names a person who is not public: the ambassador record `{ $owner }` does not say `public: true`, so the name may not be published
privacy-id-help = rename the file: its name is the record's id, part of every address of the site; or, once the person's written consent is on file, set `public: true` in the ambassador record `{ $owner }`
privacy-text-help = take the name out of this text (a given name alone may stay); or, once the person's written consent is on file, set `public: true` in the ambassador record `{ $owner }`

# Links and the search index
link-broken = broken link `{ $link }`: { $why }
link-missing = no page or file of the site is there
link-missing-help = open the page you mean in `mueang serve` and copy its address without `http://…` (such as `/th/cities/korat/`), or remove the link
link-no-anchor = the page it names has no element with that `#id`
link-no-anchor-help = leave out the `#…` part, or use an id the page has
broken-link-outside = it points outside the site's address (`base_url`)
broken-link-outside-help = a link to another site needs its full address (`https://…`)
link-from-template-help = the link is made by the theme's templates or a record's text; fix it there and build again
search-index-failed = cannot make the search index: { $detail }
search-index-failed-help = report this with the page it names; build with `--no-default-features` to publish without search meanwhile



## What `check` prints: the summary of the figures
summary-records = records: { $list }
summary-n-cohorts = { $n ->
        [one] 1 cohort
       *[other] { $n } cohorts
    }
summary-n-cities = { $n ->
        [one] 1 city
       *[other] { $n } cities
    }
summary-projects = { $n ->
        [one] 1 project
       *[other] { $n } projects
    }
summary-n-projects = { $n ->
        [one] 1 project
       *[other] { $n } projects
    }
summary-n-ambassadors = { $n ->
        [one] 1 ambassador
       *[other] { $n } ambassadors
    }
summary-n-news = { $n ->
        [one] 1 news item
       *[other] { $n } news items
    }
summary-n-pages = { $n ->
        [one] 1 page
       *[other] { $n } pages
    }
summary-n-sources = { $n ->
        [one] 1 source
       *[other] { $n } sources
    }
summary-itemised-heading = Figures from itemised records
summary-label-cohorts = cohorts
summary-label-areas = all areas
summary-label-regions = regions covered
summary-certified-in = { $cities } (in { $provinces ->
        [one] 1 province
       *[other] { $provinces } provinces
    })
summary-of = { $n } of { $total }
summary-no-value = no stated value ({ $projects })
summary-value-part = { $value }, from { $valued } of { $projects }; { $without } without a stated value
summary-reported-heading = Reported figures against itemised records
summary-reconciled = { $scope } · { $metric }: reported { $reported } ({ $cite }), itemised { $computed }: { $verdict }
summary-matches = matches
summary-partly = partly itemised, { $computed } of { $reported }
summary-partly-unvalued = partly itemised
summary-exceeds = records exceed the report
summary-disagree = sources disagree
summary-reported-only = reported only: no kind of record itemises it
summary-earlier = earlier: { $list }
summary-otherwise = reported otherwise: { $list }
summary-also = also reported: { $list }
summary-note = note: { $text }
summary-undated = undated
summary-targets-heading = Targets (shown, never reconciled)
summary-target = { $scope } · { $metric }: target { $value } ({ $cite })
summary-write-failed = cannot write the summary: { $detail }

## The open-data catalog

vocab-licence = licence mueang knows
vocab-update-frequency = known update frequency
vocab-coverage = geographic coverage
vocab-data-category = data category
vocab-topic = topic
config-data-not-public = the data of a published site is public data, not `{ $value }`
config-data-not-public-help = write `category: public`, or leave the line out (public is the default); data that is not public does not belong on the site
config-data-contact = `{ $value }` is not an e-mail or web address
config-data-contact-help = write an address people can write to, such as `opendata@example.org`, or a web page, such as `https://example.org/contact/`
summary-data-heading = The open-data catalog (`data:` in site.yaml; docs/content.md, "The open-data catalog")
summary-data-default = { $value } (default)
summary-data-none = none
summary-data-earliest = the earliest date in the records


## `mueang diff`: what differs between two states of a site
diff-heading = What differs from { $old } to { $new }
diff-nothing = Nothing differs: the figures, the records and the pages are the same.
diff-figures-heading = { $n ->
        [one] 1 figure moved
       *[other] { $n } figures moved
    }
diff-verdicts-heading = { $n ->
        [one] 1 reported figure changed its verdict
       *[other] { $n } reported figures changed their verdict
    }
diff-records-heading = { $n ->
        [one] 1 record added, removed or changed
       *[other] { $n } records added, removed or changed
    }
diff-pages-heading = { $n ->
        [one] 1 page added, removed or changed
       *[other] { $n } pages added, removed or changed
    }
diff-not-compared = Records and pages are not compared: a summary.json holds only the figures, and a state with errors gives none.
diff-moved-by = moved by { $list }
diff-added = added
diff-removed = removed
diff-changed = changed
diff-reconciled = reported { $reported }, itemised { $computed }
diff-md-figure = Figure
diff-md-before = Before
diff-md-after = After
diff-md-by = Moved by
diff-projects-without-value = projects without a stated value
diff-areas-status = areas: { $status }
diff-not-a-state = `{ $path }` is not a state of a site
diff-not-a-summary = `{ $path }` is not a summary.json that mueang wrote
diff-unreadable = cannot read `{ $path }`: { $detail }
diff-state-help = name a git revision (a branch, tag or commit), a content folder (the one with site.yaml), a built output folder, or a data/summary.json
diff-state-has-errors = `{ $state }` has content errors (above); it is left out of the comparison
diff-more-pages = { $n ->
        [one] … and 1 more page changed (--json or --markdown lists every one)
       *[other] … and { $n } more pages changed (--json or --markdown lists every one)
    }
diff-git-failed = cannot read the git repository: { $detail }
diff-git-failed-help = check that the repository is whole (`git fsck`), or name a folder instead of a revision
diff-no-repository = this folder is in no git repository, so a revision cannot be read
diff-no-repository-help = run mueang diff in the repository that holds content/, or name two folders: `mueang diff OLD_FOLDER NEW_FOLDER`
diff-unknown-revision = `{ $revision }` is no folder, file or revision of this repository
diff-did-you-mean = did you mean `{ $name }`? (`git branch -a` and `git tag` list the revisions)
diff-no-default-branch = there is no default branch (origin/HEAD, origin/main, origin/master, main or master) to compare with
diff-no-default-branch-help = name the state to compare with: `mueang diff main`; in CI, fetch the base branch first (docs/publishing.md)
diff-no-content-at = revision `{ $revision }` has no folder `{ $path }`
diff-no-content-at-help = name the content folder with --content, or a revision that has it
diff-no-value = no stated value
config-history-tags = `{ $value }` is not a tag pattern
config-history-tags-help = write a pattern of tag names, such as `v*` (every tag starting with v), or leave `tags:` out to read every commit that changed the content
history-shallow = the repository is a shallow clone: the figures' history starts at its oldest commit, and the site says so
history-shallow-help = fetch the whole history before building: `git fetch --unshallow`, or in CI `fetch-depth: 0` (GitHub Actions) or `GIT_DEPTH: 0` (GitLab CI); docs/publishing.md shows both. `--no-history` builds without history
history-unreadable = the figures' history was not read, and the site is built without it: { $error }
history-unreadable-help = check the repository with `git fsck`, or build with `--no-history`
