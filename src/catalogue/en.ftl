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
new-next = next: edit them, then run `mueang check`

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
unknown-field-near = did you mean `{ $near }`?
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
