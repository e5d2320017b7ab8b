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

## Site settings, records, links, privacy and figures

