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


## The command line, writing the site and serving it


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
link-outside = it points outside the site's address (`base_url`)
link-outside-help = a link to another site needs its full address (`https://…`)
link-from-template-help = the link is made by the theme's templates or a record's text; fix it there and build again
search-index-failed = cannot make the search index: { $detail }
search-index-failed-help = report this with the page it names; build with `--no-default-features` to publish without search meanwhile

