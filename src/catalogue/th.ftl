# ข้อความของ mueang ภาษาไทย ทุกข้อความมีใน en.ftl ด้วย ใช้ id เดียวกันและเรียงลำดับเดียวกัน
# `{ $name }` คือค่าที่แสดงตามที่เขียนไว้ในไฟล์ (ชื่อช่อง, id, ค่า)

## กรอบของข้อความแจ้งปัญหา

level-error = ข้อผิดพลาด
level-warning = คำเตือน
level-help = วิธีแก้
level-note = หมายเหตุ
field-label = ช่อง `{ $field }`
field-note = ในช่อง `{ $field }`
summary-counts = ข้อผิดพลาด { $errors } รายการ คำเตือน { $warnings } รายการ
more-problems = ไฟล์นี้มีปัญหามากกว่า { $shown } รายการที่แสดง (แสดงเฉพาะ { $shown } รายการแรกของไฟล์): ยังมีข้อผิดพลาดอีกอย่างน้อย { $errors } รายการ และคำเตือน { $warnings } รายการ
more-problems-help = แก้รายการเหล่านี้ แล้วตรวจอีกครั้ง

## สิ่งที่ `check` และ `build` บอกเป็นบรรทัดสุดท้าย

check-failed = mueang check: { $counts } ใน `{ $folder }`: แก้ข้อผิดพลาดข้างต้น
check-passed = mueang check: { $counts } ใน `{ $folder }`
build-failed = mueang build: { $counts } ใน `{ $folder }`: ไม่ได้เขียนไฟล์ใด แก้ข้อผิดพลาดข้างต้น
build-denied-warnings = mueang build: { $counts } ใน `{ $folder }`: คำเตือนนับเป็นข้อผิดพลาดในที่นี้ (--deny-warnings) ไม่ได้เขียนไฟล์ใด
check-denied-warnings = mueang check: { $counts } ใน `{ $folder }`: คำเตือนนับเป็นข้อผิดพลาดในที่นี้ (--deny-warnings)
build-written = mueang build: { $counts } เขียนไฟล์ { $files } ไฟล์ ({ $kb } KB) ลงใน `{ $output }` ใน { $ms } มิลลิวินาที

## สิ่งที่ `new` บอก

new-wrote = เขียนไฟล์ { $path } แล้ว
new-next = ต่อไป: แก้ไฟล์เหล่านี้ แทนที่ค่าตัวอย่างทุกค่า `mueang check` จะบอกทุกบรรทัดที่ยังเป็นค่าตัวอย่างอยู่จนกว่าจะแก้

## ช่องของระเบียน

field-missing = ไม่มีช่อง `{ $field }` ซึ่งต้องมี
field-missing-help = เพิ่มบรรทัด `{ $field }: …` โดยใส่{ $what }
field-empty = ช่อง `{ $field }` ว่างอยู่
field-empty-help = หลัง `{ $field }:` ให้เขียน{ $what }
what-name = ชื่อ{ $kind }
what-headline = หัวข้อข่าว
what-page-title = ชื่อหน้า
what-person = ชื่อของบุคคลนั้น
what-province = จังหวัด: ชื่อภาษาไทยหรืออังกฤษ หรือรหัส เช่น `ระยอง`, `Rayong` หรือ `TH-21`
what-domains = ด้านอย่างน้อยหนึ่งด้านในวงเล็บเหลี่ยม เช่น `[mobility]`: { $choices }
what-status = ค่าใดค่าหนึ่งต่อไปนี้ { $choices }
what-number = ลำดับรุ่น เช่น `3`
what-started = วันที่เริ่ม เช่น `24 สิงหาคม 2565` หรือ `2022-08-24`
what-date = วันที่ เช่น `24 สิงหาคม 2565` หรือ `2022-08-24`
what-cohort = id ของรุ่นที่บุคคลนั้นสังกัด เช่น `sca-1`
what-value = ค่า
kind-cohort = รุ่น
kind-city = เมือง
kind-project = โครงการ
kind-ambassador = นักดิจิทัลพัฒนาเมือง
kind-news = ข่าว
kind-page = หน้า
unknown-field = ไม่รู้จักช่อง `{ $field }`
unknown-field-takes = ช่องที่ใช้ได้มีดังนี้: { $fields }
field-twice = ช่อง `{ $field }` เขียนไว้สองครั้ง
field-twice-help = เก็บไว้เพียงบรรทัดเดียว

## YAML ที่เขียนแบบที่คนมักเขียน

tab-indent = บรรทัดนี้เยื้องด้วยแท็บ: YAML เยื้องได้ด้วยเว้นวรรคเท่านั้น
tab-indent-help = เปลี่ยนแท็บที่คอลัมน์ { $column } เป็นเว้นวรรค: `{ $fixed }`
curly-quotes = “ และ ” ไม่ใช่เครื่องหมายคำพูดสำหรับ YAML: YAML อ่านเป็นส่วนหนึ่งของข้อความ และอ่าน `: ` ในข้อความเป็นการเริ่มช่องใหม่
curly-quotes-help = ใช้เครื่องหมายคำพูดตรง `"` แบบนี้: `{ $fixed }`
colon-in-text = ข้อความของ `{ $field }` มี `: ` อยู่ ซึ่ง YAML อ่านเป็นการเริ่มช่องใหม่
colon-in-text-help = ใส่ข้อความไว้ในเครื่องหมายคำพูด: `{ $fixed }`
value-empty = ช่อง `{ $field }` ว่างอยู่
value-empty-help = เขียนค่าหลัง `{ $field }:`
commas-not-a-list = `{ $value }` เป็นค่าเดียวที่มีจุลภาค ไม่ใช่รายการ
commas-not-a-list-help = เขียนรายการในวงเล็บเหลี่ยม: `{ $fixed }`

## วันที่

value-then = `{ $value }`: { $message }
did-you-mean = หมายถึง `{ $near }` หรือเปล่า?
date-be-iso = วันที่นี้ใช้ปี พ.ศ. แต่วันที่แบบ ISO (ปี-เดือน-วัน) ใช้ปี ค.ศ.
date-ce-thai = วันที่ภาษาไทยนี้ใช้ปี ค.ศ. แต่วันที่ภาษาไทยใช้ปี พ.ศ.
date-be-english = วันที่ภาษาอังกฤษนี้ใช้ปี พ.ศ. แต่วันที่ภาษาอังกฤษใช้ปี ค.ศ.
date-two-digits = ปีเขียนด้วยเลขสองหลัก ซึ่งไม่บอกว่าเป็นศตวรรษใด: เขียนให้ครบสี่หลัก
date-impossible = ไม่มีวันที่นี้จริง: { $reason }
date-impossible-help = ตรวจวันและเดือนอีกครั้ง
date-fiscal = ปีงบประมาณไม่ใช่วันที่: ปีงบประมาณ { $fy } เริ่ม { $first } ถึง { $last }
date-fiscal-help = เขียนเดือน เช่น `{ $month }` หรือปี `{ $first }` หรือ `{ $last }` เว็บไซต์คำนวณปีงบประมาณจากเดือนให้เอง
date-slashes = เครื่องหมาย / อ่านได้ต่างกันในแบบไทยและแบบสหรัฐฯ: แบบไทยเป็นวัน/เดือน แบบสหรัฐฯ เป็นเดือน/วัน
date-slashes-either = เครื่องหมาย / อ่านได้ต่างกันในแบบไทยและแบบสหรัฐฯ: แบบไทยเป็นวัน/เดือน แบบสหรัฐฯ เป็นเดือน/วัน วันที่นี้จึงอาจเป็น { $a } หรือ { $b }
date-slashes-write = ถ้าเป็น { $date } ให้เขียน `{ $iso }` หรือ `{ $thai }`
date-slashes-both = { $a }; { $b }
date-out-of-range = ปีนี้อยู่นอกช่วงที่รับได้ (ค.ศ. 1900 ถึง 2200)
date-not-a-date = ค่านี้ไม่ใช่วันที่
date-how = เขียน `2022-08-24`, `24 สิงหาคม 2565` หรือ `24 ส.ค. 2565` ถ้ารู้เพียงเดือนหรือปี เขียน `2022-08`, `สิงหาคม 2565`, `2022` หรือ `พ.ศ. 2565`

## ค่าในช่อง

province-near = หมายถึง `{ $name }` ({ $thai }, { $code }) หรือเปล่า?
province-how = เขียนรหัส ISO ของจังหวัด (`TH-21`) ชื่อภาษาไทย (`ระยอง`) หรือชื่อภาษาอังกฤษ (`Rayong`)
unknown-province = ไม่รู้จักจังหวัด `{ $value }`
no-province = ไม่ได้ระบุจังหวัด
no-province-help = เขียนจังหวัด เช่น `province: Rayong`
not-a-vocab = `{ $value }` ไม่ใช่{ $what }
vocab-domain = ด้าน (domain) ที่มีอยู่
vocab-city-status = สถานะของเมือง
vocab-project-status = สถานะของโครงการ
vocab-metric = ตัวชี้วัด (metric) ที่มีอยู่
vocab-report-kind = ประเภทของตัวเลขที่รายงาน
vocab-near = หมายถึง `{ $near }` หรือเปล่า? ค่าที่ใช้ได้คือ { $choices }
vocab-how = เขียนค่าใดค่าหนึ่งต่อไปนี้ { $choices }
no-record = ไม่มี{ $kind }ที่มี id `{ $id }`
no-record-how = เขียน id (ชื่อไฟล์ไม่รวม `.md`) ของระเบียนในโฟลเดอร์ `{ $folder }/`
no-source = ไม่มีแหล่งที่มาที่มี id `{ $id }`
no-source-how = เพิ่มแหล่งที่มานี้ใน `sources.yaml` พร้อมผู้เผยแพร่ ชื่อเรื่อง และวันที่
money-negative = จำนวนเงินติดลบไม่ได้
money-negative-help = เขียนจำนวนเงินโดยไม่มีเครื่องหมายลบ
money-not-money = ค่านี้ไม่ใช่จำนวนเงิน
money-not-money-help = เขียนจำนวนเต็มเป็นบาท (`1170000000`) หรือแบบที่ข่าวเขียน: `1,170 ล้านบาท`, `1.17 พันล้านบาท`, `THB 1,170 million`, `1,170M THB`
money-not-whole = ค่านี้ไม่ใช่จำนวนบาทเต็ม
money-not-whole-help = ให้จำนวนเงินเป็นบาทเต็ม
money-too-large = จำนวนเงินนี้มากเกินกว่าจะเป็นจริงได้
money-too-large-help = ตรวจจำนวนหลักและหน่วย (ล้าน, million)
money-unknown-help = { $how } ถ้าไม่ทราบจำนวนเงิน ให้ลบบรรทัดนี้ออก (หรือเขียน `ไม่ระบุ`)

## ค่าตัวอย่างของ `new`

example-value = ค่านี้ยังเป็นค่าตัวอย่างที่ `mueang new` เขียนไว้
example-text = ข้อความนี้ยังเป็นข้อความตัวอย่างที่ `mueang new` เขียนไว้
example-person = บุคคล
example-body-en-help = เขียนเนื้อหาภาษาอังกฤษแทนบรรทัดนี้ หรือลบบรรทัดนี้ไว้ก่อนจนกว่าจะมีคำแปล
example-body-help = เขียนเนื้อหาของ{ $kind }แทนบรรทัดนี้ หรือลบบรรทัดนี้
example-title-en-help = เขียนชื่อภาษาอังกฤษหลัง `title:` หรือลบบรรทัดนี้ไว้ก่อนจนกว่าจะมี
example-title-help = เขียน{ $what }หลัง `title:`
example-name-help = เขียนชื่อของบุคคลนั้นหลัง `name:`
example-province-help = เขียนจังหวัดหลัง `province:`: ชื่อภาษาไทยหรืออังกฤษ หรือรหัส เช่น `ระยอง`, `Rayong` หรือ `TH-21`
example-domains-help = เขียนด้านของโครงการในวงเล็บเหลี่ยมหลัง `domains:` เช่น `[mobility]` หรือ `[environment, energy]` ความเห็นบรรทัดบนบอกทั้งเจ็ดด้าน
example-status-help = เขียนสถานะของเมืองหลัง `status:` เช่น `certified` ความเห็นบรรทัดบนบอกทั้งสี่สถานะ
example-summary-en-help = เขียนสรุปหนึ่งประโยคเป็นภาษาอังกฤษหลัง `summary:` หรือลบบรรทัดนี้ไว้ก่อนจนกว่าจะมี
example-summary-help = เขียนสรุปหนึ่งประโยคหลัง `summary:` หรือลบบรรทัดนี้
example-other-help = เขียนค่าจริงหลัง `{ $field }:` หรือลบบรรทัดนี้

## ช่องอื่น ๆ

not-a-count = `{ $value }` ไม่ใช่จำนวนเต็ม
count-negative-help = ตัวเลขนี้ติดลบไม่ได้
count-how = เขียนจำนวนเต็ม เช่น `49` หรือ `๔๙`
bool-block = `{ $value }` เขียนเป็นข้อความหลายบรรทัด (หลัง `|` หรือ `>`) ไม่ใช่ `true` หรือ `false`
bool-block-help = เขียน `{ $field }: { $value }` ในบรรทัดเดียว เป็นตัวพิมพ์เล็ก ไม่มีเครื่องหมายคำพูด
not-a-bool = `{ $value }` ไม่ใช่ `true` หรือ `false` แบบที่ YAML เขียน
bool-how = เขียน `true` หรือ `false` เป็นตัวพิมพ์เล็ก ไม่มีเครื่องหมายคำพูด
title-empty = ชื่อเรื่องว่างอยู่
title-empty-help = เขียนชื่อของระเบียนนี้หลัง `title:`
name-empty = ชื่อว่างอยู่
name-empty-help = เขียนชื่อของบุคคลนั้นหลัง `name:`
no-translation = ยังไม่มีคำแปลภาษาอังกฤษ: หน้าภาษาอังกฤษจะแสดงข้อความภาษาไทย
no-translation-help = สร้างไฟล์ `{ $path }` ที่มี `title`, `summary` และเนื้อหาภาษาอังกฤษ
expected-one-value = ช่องนี้ต้องเป็นค่าเดียว ไม่ใช่รายการหรือชุดข้อมูล
expected-one-value-help = ช่องนี้รับค่าเดียว: ไม่ใช่รายการ `[…]` และไม่ใช่ `{"{"} … {"}"}` (ชื่อภาษาอังกฤษให้เขียนในไฟล์ `.en.md` ของระเบียน)
expected-list = ช่องนี้ต้องเป็นรายการ
expected-list-help = เขียนรายการแบบ `[a, b]` หรือบรรทัดละหนึ่งรายการขึ้นต้นด้วย `- `
expected-bool = ช่องนี้ต้องเป็น `true` หรือ `false`
no-front-matter = ระเบียนนี้ไม่ได้ขึ้นต้นด้วยส่วนหัว (front matter)
no-front-matter-help = ขึ้นต้นไฟล์ด้วยบรรทัด `---` ตามด้วยช่องต่าง ๆ (`title: …`) แล้วบรรทัด `---` แล้วจึงเป็นเนื้อหา
front-matter-not-closed = ส่วนหัวที่เริ่มในบรรทัดที่ 1 ไม่มีบรรทัดปิด
front-matter-not-closed-help = เพิ่มบรรทัด `---` หลังช่องสุดท้าย

## ไฟล์

record-ending = ระเบียนนี้ไม่ถูกอ่าน: ชื่อไฟล์ของระเบียนลงท้ายด้วย `.md` หรือ `.yaml` ไม่ใช่ `.{ $ending }`
record-txt = ระเบียนนี้ไม่ถูกอ่าน: ชื่อไฟล์ลงท้ายด้วย `.{ $ending }` ต่อจาก `.{ $before }`
rename-it = เปลี่ยนชื่อไฟล์เป็น `{ $name }`

## ข้อความไทยที่คัดลอกมาพร้อมปัญหา

hazard-split-sara-am = สระอำเขียนเป็นสองตัวอักษร คือนิคหิตกับสระอา (ข้อความที่คัดลอกจาก PDF มักเป็นแบบนี้): การค้นหาและการเรียงลำดับจะไม่ตรงกับคำที่พิมพ์
hazard-tone-before-vowel = วรรณยุกต์พิมพ์ไว้ก่อนสระที่ต้องมาก่อน: การค้นหาและการเรียงลำดับจะไม่ตรงกับคำที่พิมพ์
hazard-tone-after-sara-am = วรรณยุกต์พิมพ์ไว้หลังสระอำ ซึ่งต้องอยู่ก่อน: การค้นหาและการเรียงลำดับจะไม่ตรงกับคำที่พิมพ์
hazard-doubled-mark = เครื่องหมายเดียวกันพิมพ์ซ้ำสองครั้งบนตัวอักษรเดียว
hazard-invisible = มีตัวอักษรที่มองไม่เห็น { $name } ({ $point }) อยู่ในข้อความไทย: การค้นหาจะหาคำที่มีตัวนี้ไม่เจอ
hazard-no-break-space = มี { $name } ({ $point }) อยู่ระหว่างคำไทย (ข้อความที่วางมาจาก Word หรือ PDF มักมี): บรรทัดจะตัดตรงนั้นไม่ได้
hazard-leading-space = ข้อความขึ้นต้นด้วยช่องว่าง
hazard-trailing-space = ข้อความลงท้ายด้วยช่องว่าง
hazard-lookalike = ตัวอักษรละติน `{ $found }` อยู่ในคำไทย: หน้าตาเหมือนตัวอักษรไทย แต่การค้นหาและการเรียงลำดับอ่านเป็นตัวละติน
hazard-lookalike-help = พบ `{ $found }` ถ้าตั้งใจพิมพ์ตัวไทย `{ $thai }` ({ $point }) ควรเป็น `{ $should }`: พิมพ์ตัวนั้นใหม่เป็นภาษาไทย (`mueang check --fix` ไม่แก้ตัวนี้ให้)
hazard-removed = ลบออก
as-is = { $text }
hazard-help = พบ `{ $found }` ({ $points } → { $fixed }) ควรเป็น `{ $should }` คำสั่ง `mueang check --fix` แก้ให้ในไฟล์ได้

## สิ่งที่ `serve` บอกในเทอร์มินัล

serve-failed = สร้างไม่สำเร็จใน { $ms } มิลลิวินาที: { $counts } ยังแสดงฉบับล่าสุดที่สร้างได้ พร้อมข้อผิดพลาดบนทุกหน้า
serve-failed-no-site = สร้างไม่สำเร็จใน { $ms } มิลลิวินาที: { $counts } แสดงข้อผิดพลาดบนทุกหน้าจนกว่าจะสร้างได้
serve-rebuilt = สร้างใหม่ใน { $ms } มิลลิวินาที: ไฟล์เปลี่ยน { $files } ไฟล์ { $counts }
serve-built = สร้าง { $files } ไฟล์ใน { $ms } มิลลิวินาที { $counts }
serve-built-nothing = ไม่ได้สร้างไฟล์ใดใน { $ms } มิลลิวินาที
serve-changed = { $more ->
        [0] { $path } เปลี่ยน
       *[other] { $path } และอีก { $more } ไฟล์เปลี่ยน
    }
serve-changed-nothing = มีการเปลี่ยนแปลง
serve-serving = mueang serve: แสดงตัวอย่าง `{ $folder }` ที่ { $url } (กด Ctrl-C เพื่อหยุด) และคอยดูการแก้ไขไฟล์

## การอ่านไฟล์ ธีม และเทมเพลต

file-unreadable = อ่านไฟล์นี้ไม่ได้: { $detail }
file-too-large = ไฟล์นี้ใหญ่เกินไป ({ $size } MB ขีดจำกัดคือ { $limit } MB)
file-too-large-help = ระเบียนหนึ่งคือข้อความราวหนึ่งหน้า: แบ่งเป็นหลายไฟล์ หรือย้ายข้อมูลออกไปไว้ที่อื่น
file-not-utf8 = ไฟล์นี้ไม่ได้บันทึกเป็นข้อความ UTF-8 (มีไบต์ที่อ่านไม่ได้ที่บรรทัด { $line } คอลัมน์ { $column })
file-not-utf8-help = บันทึกไฟล์ใหม่ด้วยการเข้ารหัส UTF-8 (ในโปรแกรมส่วนใหญ่: Save As → Encoding → UTF-8)
file-nul = ไฟล์นี้มีไบต์ NUL (ที่บรรทัด { $line } คอลัมน์ { $column }) ซึ่งไม่ควรมีในไฟล์ข้อความ
file-nul-help = ไฟล์อาจเสียหาย หรือไม่ใช่ไฟล์ข้อความ: เปิดไฟล์ในโปรแกรมแก้ไขข้อความ ลบตัวอักษรแปลก ๆ นั้นออก แล้วบันทึกอีกครั้ง
file-empty = ไฟล์นี้ว่างเปล่า
file-empty-help = เขียนช่องต่าง ๆ ของระเบียน หรือลบไฟล์นี้
link-folder-inside = ลิงก์นี้ชี้ไปยังโฟลเดอร์อื่นในโฟลเดอร์เนื้อหา ไฟล์ในโฟลเดอร์นั้นจึงจะถูกนับซ้ำสองครั้ง
link-folder-inside-help = ลบลิงก์นี้: ระเบียนแต่ละรายการอ่านจากโฟลเดอร์ของประเภทนั้นเอง
link-outside = ลิงก์นี้ชี้ออกไปนอกโฟลเดอร์เนื้อหา
link-folder-outside-help = คัดลอกไฟล์ในโฟลเดอร์นั้นมาไว้ในโฟลเดอร์เนื้อหา แทนการลิงก์
link-file-inside = ลิงก์นี้ชี้ไปยังไฟล์อื่นในโฟลเดอร์เนื้อหา ไฟล์นั้นจึงจะถูกนับซ้ำสองครั้ง
link-file-help = คัดลอกไฟล์มาไว้ในโฟลเดอร์เนื้อหา แทนการลิงก์
link-loop = ลิงก์นี้วนเป็นวง: ชี้กลับไปที่ `{ $target }`
link-loop-help = ลบลิงก์นี้
walk-too-many-files = โฟลเดอร์เนื้อหามีไฟล์มากกว่า { $max } ไฟล์ (จำนวนระเบียนสูงสุด) ไฟล์ที่เหลือไม่ได้อ่าน
walk-too-many-files-help = ตรวจว่า `--content` ระบุโฟลเดอร์เนื้อหาของเว็บไซต์ ไม่ใช่โฟลเดอร์ที่อยู่สูงขึ้นไป
walk-not-a-file = สิ่งนี้ไม่ใช่ไฟล์ธรรมดา (เป็น pipe, socket หรืออุปกรณ์)
walk-not-a-file-help = ลบออกจากโฟลเดอร์เนื้อหา
walk-unreadable = อ่านสิ่งนี้ไม่ได้: { $detail }
no-site-yaml = เว็บไซต์นี้ไม่มีไฟล์ `site.yaml`
no-site-yaml-help = สร้างไฟล์นี้ โดยอย่างน้อยต้องมี `title: {"{"} th: …, en: … {"}"}` ดูรายละเอียดใน README.md
hard-link = ไฟล์นี้เป็นฮาร์ดลิงก์ (ไฟล์เดียวที่มี { $names } ชื่อ): ชื่ออื่นของไฟล์นี้อาจอยู่นอก{ $folder }
hard-link-help = คัดลอกไฟล์แทนการลิงก์ หรือถ้าทุกชื่อของไฟล์นี้เป็นของเว็บไซต์นี้จริง ให้ตั้ง `allow_hard_links: true` ใน `site.yaml`
folder-content = โฟลเดอร์เนื้อหา
folder-theme = โฟลเดอร์ธีม
not-a-language = `.{ $lang }` ไม่ใช่ภาษาของเว็บไซต์นี้
thai-has-no-language = ระเบียนภาษาไทยไม่ต้องมีรหัสภาษาในชื่อไฟล์: เปลี่ยนชื่อไฟล์เป็น `{ $name }`
languages-of-site = เว็บไซต์ของ mueang มีภาษาไทย (`ID.md`) และภาษาอังกฤษ (`ID.en.md`)
or-ignore = เพิ่ม `{ $pattern }` ในรายการ `ignore:` ของ `{ $file }`
file-not-a-record = ไฟล์นี้ไม่ถูกอ่าน: ไม่ใช่ระเบียน
file-must-end-in-yaml = ชื่อไฟล์นี้ต้องลงท้ายด้วย `.yaml`
file-not-a-record-top-help = ระเบียนต้องอยู่ในโฟลเดอร์ของประเภทนั้น ({ $kinds }) และที่ระดับบนสุดของ `{ $content }/` มีได้เพียง `site.yaml` กับ `sources.yaml`: ย้าย `{ $name }` ไปไว้ในที่ที่ถูกต้อง หรือ{ $ignore }
not-a-kind = `{ $folder }` ไม่ใช่ประเภทของระเบียน
keep-other-files = ถ้าต้องการเก็บไฟล์อื่นไว้ใน `{ $folder }` ให้{ $ignore }
kind-near-or-keep = หมายถึง `{ $near }` หรือเปล่า? หรือ{ $keep }
records-go-in-or-keep = ระเบียนต้องอยู่ในโฟลเดอร์ใดโฟลเดอร์หนึ่งต่อไปนี้: { $kinds } { $keep }
records-go-in = ระเบียนต้องอยู่ในโฟลเดอร์ใดโฟลเดอร์หนึ่งต่อไปนี้: { $kinds }
kind-folder-copy-help = โฟลเดอร์ของระเบียนมีได้เพียงไฟล์ `ID.md`, `ID.en.md` และ `ID.yaml`: ถ้าไฟล์นี้เป็นระเบียน ให้เปลี่ยนชื่อไฟล์เป็น `{ $renamed }` ถ้าเป็นสำเนา ให้ย้ายออกจาก `{ $folder }` หรือ{ $ignore }
kind-folder-stray-help = โฟลเดอร์ของระเบียนมีได้เพียงไฟล์ `ID.md`, `ID.en.md` และ `ID.yaml`: ย้าย `{ $name }` ออกจาก `{ $folder }` หรือ{ $ignore }
records-not-in-sub-folders = ระเบียนอยู่ในโฟลเดอร์ย่อยไม่ได้
records-not-in-sub-folders-help = ย้ายไฟล์นี้ไปไว้ใน `{ $folder }` โดยตรง หรือถ้าต้องการเก็บโฟลเดอร์ฉบับร่างไว้ตรงนั้น ให้{ $ignore }
kind-folder-sub-folder-help = โฟลเดอร์ของระเบียนมีได้เพียงไฟล์ `ID.md`, `ID.en.md` และ `ID.yaml` และมีโฟลเดอร์ย่อยไม่ได้: ย้าย `{ $sub }/` ออกจาก `{ $folder }` หรือ{ $ignore }
id-windows-device = `{ $id }` ใช้เป็น id ไม่ได้: Windows สงวนชื่อนี้ไว้สำหรับอุปกรณ์ จึงคัดลอกหน้าของระเบียนนี้ไปที่นั่นไม่ได้
id-windows-device-help = เปลี่ยนชื่อไฟล์ให้ยาวขึ้น เช่น `{ $name }`
id-too-long = id `{ $id }` ยาวเกินไป ({ $bytes } ไบต์ ขีดจำกัดคือ { $limit })
id-not-valid = `{ $id }` ไม่ใช่ id ที่ใช้ได้
id-how-latin = id ใช้ได้เฉพาะ a-z, 0-9 และ `-` (id เป็นส่วนหนึ่งของที่อยู่หน้าเว็บ): ใช้ชื่อเป็นอักษรละติน เช่น `rayong-green-belt`
id-how-rename = id ใช้ได้เฉพาะ a-z, 0-9 และ `-` (id เป็นส่วนหนึ่งของที่อยู่หน้าเว็บ): เปลี่ยนชื่อไฟล์เป็น `{ $name }`
text-without-thai = ข้อความที่เขียนแยกภาษาต้องมีข้อความภาษาไทย `th`
text-without-thai-help = เขียน `{"{"} th: …, en: … {"}"}` หรือเขียนข้อความเดียวถ้าเหมือนกันทั้งสองภาษา
text-unknown-language = ไม่รู้จักภาษา `{ $lang }`: ข้อความที่เขียนแยกภาษาใช้ได้เฉพาะ `th` และ `en`
text-map-how = เขียน `{"{"} th: …, en: … {"}"}`
field-missing-front-matter-help = เพิ่มบรรทัด `{ $field }: …` ในส่วนหัว (front matter)
yaml-many-documents = ไฟล์นี้มีเอกสาร YAML มากกว่าหนึ่งชุด
yaml-many-documents-help = ลบบรรทัด `---` ที่เกินมา: ระเบียน `.yaml` เป็นช่องต่าง ๆ ชุดเดียว
yaml-too-deep = รายการและชุดข้อมูลตรงนี้ซ้อนกันลึกเกิน { $limit } ชั้น (ขีดจำกัดการซ้อนของ YAML)
yaml-too-deep-help = ช่องของระเบียนซ้อนกันไม่เกิน 3 ชั้น: ตรวจหา `[`, `{"{"}` หรือ `- ` ที่เกินมา
yaml-too-many-aliases = YAML นี้ใช้ alias หรือ anchor (`*name`, `&name`) มากกว่า { $limit } ครั้ง (ขีดจำกัดของ alias)
yaml-too-many-aliases-help = เขียนค่าแต่ละค่าออกมาเต็ม ๆ แทนการอ้างซ้ำด้วย `*name`
yaml-too-large = YAML นี้มีค่ามากกว่า { $values } ค่า หรือข้อความมากกว่า { $mb } MB เมื่อนับส่วนที่อ้างซ้ำด้วย `*name` (ขีดจำกัดขนาดของ YAML)
yaml-too-large-help = ระเบียนหนึ่งมีค่าเพียงไม่กี่สิบค่า: แบ่งเป็นหลายไฟล์ หรือย้ายข้อมูลออกไปไว้ที่อื่น
yaml-unreadable = อ่านส่วนหัว YAML ไม่ได้: { $detail }
yaml-unreadable-help = ตรวจการเยื้องบรรทัด ตรวจว่าชื่อช่องทุกช่องตามด้วย `:` และเว้นวรรค และใส่ข้อความที่มี `: ` หรือ ` #` ไว้ในเครื่องหมายคำพูด
not-in-a-translation = ช่อง `{ $field }` ไม่ต้องใส่ในไฟล์คำแปล
not-in-a-translation-help = ช่อง `{ $field }` มีค่าเดียวกันทุกภาษา: ใส่ไว้ในระเบียนภาษาไทย `{ $thai }` ไฟล์คำแปลมีได้เพียง `title`, `summary` และเนื้อหา
text-too-deep = ข้อความตรงนี้ซ้อนกันลึกเกิน { $limit } ชั้น (คำพูดยกมา รายการ หรือแท็ก HTML ซ้อนอยู่ในกันและกัน: ขีดจำกัดการซ้อนของ Markdown)
text-too-deep-help = คำพูดยกมาหรือรายการซ้อนกันได้เพียงไม่กี่ชั้น: มองหา `>` หรือ `- ` ที่เขียนติดกันยาว ๆ หรือแท็กที่ไม่ได้ปิด
hazard-more = ไฟล์นี้ยังมีตัวอักษรแบบนี้อีก { $more } แห่ง (แสดงเฉพาะ { $shown } แห่งแรก)
hazard-more-help = สั่ง `mueang check --fix` เพื่อแก้ทั้งหมดในคราวเดียว
ignore-matches-records = `{ $pattern }` ตรงกับ{ $more ->
        [0] ระเบียน ซึ่งยังถูกอ่านตามปกติ: `{ $first }`
       *[other] ระเบียน ซึ่งยังถูกอ่านตามปกติ: `{ $first }` และอีก { $more } ไฟล์
    }
ignore-matches-records-help = `ignore:` ข้ามได้เฉพาะไฟล์ที่ไม่ใช่ระเบียน ถ้าต้องการเอาระเบียนออกจากเว็บไซต์ ให้ย้ายไฟล์ออกจาก `{ $content }/`
ignore-empty = รูปแบบนี้ใน `ignore:` ว่างอยู่
ignore-empty-help = ลบบรรทัดนี้ หรือเขียนรูปแบบ เช่น `*.docx`
ignore-backslash = `{ $pattern }` มี `\` ซึ่งไม่ใช่เครื่องหมายคั่นโฟลเดอร์ในรูปแบบ
ignore-backslash-help = ใช้ `/` คั่นระหว่างโฟลเดอร์ เช่น `projects/notes.txt`
ignore-negated = `{ $pattern }` ขึ้นต้นด้วย `!`: รูปแบบใช้ระบุไฟล์ที่จะข้าม ไม่ใช่ไฟล์ที่จะเก็บไว้
ignore-negated-help = ลบบรรทัดนี้: ไฟล์ที่ไม่ได้ระบุไว้จะถูกอ่าน หรือถูกปฏิเสธ ตามปกติอยู่แล้ว
ignore-names-nothing = `{ $pattern }` ไม่ได้ระบุไฟล์หรือโฟลเดอร์ใดเลย
ignore-pattern-how = เขียนรูปแบบ เช่น `*.docx` หรือ `projects/drafts/`
ignore-unclosed-set = `{ $pattern }` เปิดชุดตัวอักษรด้วย `[` แต่ไม่มี `]` ปิด
ignore-unclosed-set-help = ใส่ `]` ปิด เช่น `photo-[0-9].jpg` ถ้าชื่อไฟล์มี `[` อยู่จริง ให้เขียนเป็น `[[]`
ignore-backward-range = `{ $pattern }` มีช่วง `{ $from }-{ $to }` ซึ่งตัวแรกอยู่หลังตัวสุดท้าย
ignore-backward-range-help = เขียนช่วงจากตัวแรกไปตัวสุดท้าย เช่น `[a-z]` หรือ `[0-9]`
ignore-unopened-choice = `{ $pattern }` ปิดตัวเลือกด้วย `{"}"}` แต่ไม่มี `{"{"}` เปิด
ignore-unopened-choice-help = เขียนตัวเลือกแบบ `{"{"}a,b{"}"}` เช่น `*.{"{"}jpg,png{"}"}` ถ้าชื่อไฟล์มี `{"}"}` อยู่จริง ให้เขียนเป็น `[{"}"}]`
ignore-unclosed-choice = `{ $pattern }` เปิดตัวเลือกด้วย `{"{"}` แต่ไม่มี `{"}"}` ปิด
ignore-unclosed-choice-help = เขียนตัวเลือกแบบ `{"{"}a,b{"}"}` เช่น `*.{"{"}jpg,png{"}"}` ถ้าชื่อไฟล์มี `{"{"}` อยู่จริง ให้เขียนเป็น `[{"{"}]`
ignore-nested-choices = `{ $pattern }` มีตัวเลือก `{"{"}…{"}"}` ซ้อนกันมากเกินไป
ignore-nested-choices-help = เขียนตัวเลือกเรียงต่อกัน เช่น `*.{"{"}jpg,png{"}"}`
ignore-unreadable = อ่าน `{ $pattern }` เป็นรูปแบบไม่ได้: { $detail }
theme-missing = ไม่มีธีม `{ $theme }`
theme-missing-help = สร้างโฟลเดอร์ `{ $folder }` (ไฟล์ในโฟลเดอร์นี้จะใช้แทนไฟล์ของธีมเริ่มต้น) หรือเขียน `theme: default`
template-not-utf8 = เทมเพลตนี้ไม่ได้บันทึกเป็นข้อความ UTF-8
template-not-utf8-help = บันทึกเทมเพลตใหม่ด้วยการเข้ารหัส UTF-8
theme-strings-no-language = ไฟล์ข้อความของธีมนี้ไม่ตรงกับภาษาใดของเว็บไซต์
theme-strings-no-language-help = ตั้งชื่อไฟล์เป็น `th.yaml` หรือ `en.yaml`
theme-folder-unreadable = อ่านโฟลเดอร์ธีมนี้ไม่ได้: { $detail }
theme-link = ไฟล์ของธีมเป็นลิงก์ (symbolic link) ไม่ได้
theme-link-help = คัดลอกไฟล์มาไว้ในโฟลเดอร์ธีม แทนการลิงก์
theme-not-a-file = สิ่งนี้ไม่ใช่ไฟล์ธรรมดา
theme-not-a-file-help = ลบออก
theme-path-too-long = ที่อยู่ของไฟล์นี้ในธีมยาว { $bytes } ไบต์ แต่ที่อยู่ของไฟล์ผลลัพธ์ยาวได้ไม่เกิน { $limit } ไบต์
theme-path-too-long-help = ตั้งชื่อโฟลเดอร์หรือชื่อไฟล์ให้สั้นลง
theme-file-too-large = ไฟล์ธีมนี้ใหญ่เกินขีดจำกัด { $limit } MB
theme-file-too-large-help = ลดขนาดไฟล์ลง ไฟล์ฟอนต์ควรเป็น woff2 ที่ตัดเฉพาะตัวอักษรที่ใช้
theme-string-not-text = `{ $key }` ในไฟล์ข้อความของธีมไม่ได้เขียนเป็นข้อความ
theme-string-not-text-help = เขียนเป็นข้อความ ถ้าดูเหมือนตัวเลขหรือ yes/no ให้ใส่ในเครื่องหมายคำพูด
theme-strings-not-a-map = ไฟล์ข้อความของธีมต้องเป็นรายการชื่อคู่กับข้อความ
theme-strings-not-a-map-help = เขียนบรรทัดละหนึ่งรายการแบบ `name: text`
theme-string-missing = ไฟล์ข้อความของธีมในภาษานี้ไม่มี `{ $key }`
theme-string-missing-help = เพิ่ม `{ $key }` ในภาษานี้
template-error = เทมเพลตมีข้อผิดพลาด: { $detail }
template-error-help = แก้เทมเพลต คำสั่ง `mueang check` แสดงข้อผิดพลาดนี้ได้โดยไม่เขียนไฟล์ใด
template-includes-itself = เทมเพลตนี้ include ตัวเองวนเป็นวง: { $chain }
template-includes-itself-help = ลบ `{"{"}% include %{"}"}` ที่วนกลับมาที่เทมเพลตนี้
charts-not-drawn = วาดแผนภูมิไม่ได้: { $detail }
cards-not-drawn = วาดภาพการ์ดสำหรับแชร์ไม่ได้: { $detail }
fault-in-mueang = นี่เป็นความผิดพลาดของโปรแกรม mueang เอง โปรดแจ้งปัญหานี้พร้อมเนื้อหาที่ทำให้เกิด
page-id-is-a-section = หน้าใช้ชื่อ `{ $id }` ไม่ได้: เว็บไซต์มีหมวดชื่อนี้อยู่แล้ว
page-id-is-a-section-help = เปลี่ยนชื่อไฟล์ ชื่อต่อไปนี้ถูกใช้ไปแล้ว: { $taken }
dropped-text = ข้อความ { $n } ตัวอักษรนับจากตรงนี้จะไม่แสดงบนหน้าเว็บ: { $hides } ซ่อนข้อความนี้ไว้
dropped-text-help = หน้าเว็บเก็บไว้เฉพาะ HTML ที่ปลอดภัย ข้อความที่ HTML เช่น `<script>`, `<style>` หรือ `<math>` ทำให้กลายเป็นโค้ดจะถูกตัดทิ้ง: { $fix } หรือเขียนข้อความนั้นด้วย Markdown
dropped-html-this-line = HTML ในบรรทัดนี้
dropped-html-on-line = HTML ในบรรทัดที่ { $line }
dropped-html-in-text = HTML ในข้อความ
dropped-fix-that-html = ลบ HTML นั้นออก
dropped-fix-html-on-line = ลบ HTML ในบรรทัดที่ { $line } ออก
dropped-fix-html = ลบ HTML ออก
shortcode-never-closed = `{"{{"}` นี้ไม่มี `{"}}"}` ปิด
shortcode-never-closed-help = ปิด shortcode ด้วย `{"}}"}` หรือถ้าต้องการแสดง `{"{{"}` เป็นข้อความ ให้เขียนเป็น `&#123;&#123;`
shortcode-not-a-shortcode = `{ $text }` ไม่ใช่ shortcode
shortcode-how = เขียน shortcode แบบนี้: `{"{{"} figure(metric="projects") {"}}"}`
shortcode-unknown = ไม่มี shortcode ชื่อ `{ $name }`
shortcode-unknown-help = shortcode ที่มีคือ { $shortcodes }
shortcode-did-you-mean = หมายถึง `{ $near }` หรือเปล่า? { $rest }
shortcode-list = { $all }, { $next }
shortcode-chart-own-line = แผนภูมิต้องอยู่ในบรรทัดของตัวเอง
shortcode-chart-own-line-help = วาง `{"{{"} chart(…) {"}}"}` ไว้ที่ต้นบรรทัดของตัวเอง ไม่ต้องเยื้อง และเว้นบรรทัดว่างไว้ทั้งก่อนและหลัง
shortcode-chart-twice = แผนภูมิ `{ $chart }` มีอยู่ในข้อความนี้แล้ว
shortcode-chart-twice-help = แสดงแผนภูมิแต่ละแบบได้เพียงครั้งเดียวในข้อความหนึ่ง
shortcode-chart-no-argument = `chart` ไม่มีตัวเลือก `{ $argument }`
shortcode-chart-arguments = ตัวเลือกที่ใช้ได้คือ name และ province (สำหรับแผนภูมิของจังหวัด)
shortcode-chart-argument-twice = `chart` มี `{ $argument }` สองครั้ง
shortcode-chart-argument-twice-help = เก็บ `{ $argument }="…"` ไว้เพียงอันเดียว
shortcode-chart-of-a-province = { $chart } (ใส่ province="…" ด้วย)
shortcode-chart-needs-a-name = `chart` ต้องมี `name`
shortcode-chart-needs-a-name-help = เพิ่ม name="…" เป็นชื่อใดชื่อหนึ่งต่อไปนี้: { $charts }
shortcode-chart-of-the-programme = แผนภูมิ `{ $chart }` เป็นแผนภูมิภาพรวม ไม่ใช่แผนภูมิของจังหวัดใดจังหวัดหนึ่ง
shortcode-chart-of-the-programme-help = ลบ province="…" ออก แผนภูมิของจังหวัดมีดังนี้: { $charts }
shortcode-chart-needs-a-province = แผนภูมิ `{ $chart }` ต้องระบุจังหวัด
shortcode-chart-needs-a-province-help = เพิ่ม province="…" เป็นชื่อจังหวัดภาษาไทยหรืออังกฤษ หรือรหัสจังหวัด (TH-21)
shortcode-no-province = ไม่มีจังหวัด `{ $province }`
shortcode-no-chart = ไม่มีแผนภูมิ `{ $chart }`
shortcode-charts-are = แผนภูมิที่มีคือ { $charts }
shortcode-figure-two-scopes = `figure` ระบุขอบเขตได้เพียงอย่างเดียว แต่ที่นี่มีทั้ง `{ $first }` และ `{ $second }`
shortcode-keep-one = เก็บไว้เพียงอย่างเดียว
shortcode-figure-no-argument = `figure` ไม่มีตัวเลือก `{ $argument }`
shortcode-figure-arguments = ตัวเลือกที่ใช้ได้คือ { $arguments }
shortcode-figure-needs-a-metric = `figure` ต้องมี `metric`
shortcode-figure-needs-a-metric-help = เพิ่ม metric="…" เป็นตัวชี้วัดใดตัวหนึ่งต่อไปนี้: { $metrics }
shortcode-no-metric = ไม่มีตัวชี้วัด `{ $metric }`
shortcode-metrics-are = ตัวชี้วัดที่มีคือ { $metrics }
shortcode-metric-not-per = ตัวชี้วัด `{ $metric }` ไม่ได้นับแยกตาม `{ $scope }`
shortcode-metric-not-per-help = ตัวชี้วัดที่นับแยกตาม `{ $scope }` ได้คือ { $metrics }
shortcode-no-such = ไม่มี{ $what } `{ $id }`
shortcode-no-such-help = ใช้ id ของระเบียนใน content/
shortcode-domain = ด้าน
shortcode-region = ภาค


## บรรทัดคำสั่ง การเขียนเว็บไซต์ และการเปิดดูตัวอย่าง

write-not-ours = `{ $path }` มีไฟล์อยู่แล้วและไม่ได้สร้างโดย mueang จึงจะไม่เขียนทับ
write-not-ours-help = เลือกโฟลเดอร์อื่นด้วย --output หรือย้ายไฟล์ในโฟลเดอร์นี้ออกก่อน
write-not-a-folder = `{ $path }` มีอยู่แล้วและไม่ใช่โฟลเดอร์
write-not-a-folder-help = เลือกที่อื่นด้วย --output
write-unsafe = ไม่เขียน `{ $path }`: ที่อยู่นี้จะออกไปนอกโฟลเดอร์ผลลัพธ์ หรือยาวเกิน { $max } ไบต์
write-inside = โฟลเดอร์ผลลัพธ์ `{ $output }` อยู่ในโฟลเดอร์ { $what } `{ $folder }` ซึ่ง{ $what ->
        [content] ทั้ง check และ build
       *[themes] build
    } อ่านทุกครั้ง
write-same = โฟลเดอร์ผลลัพธ์ `{ $output }` คือโฟลเดอร์ { $what } `{ $folder }` ซึ่ง{ $what ->
        [content] ทั้ง check และ build
       *[themes] build
    } อ่านทุกครั้ง
write-outside-help = เขียนเว็บไซต์ไปยังโฟลเดอร์ที่อยู่นอกโฟลเดอร์นั้น เช่น `--output output`
write-holds-content = โฟลเดอร์เนื้อหา `{ $content }` อยู่ในโฟลเดอร์ผลลัพธ์ `{ $output }` ซึ่งการ build จะแทนที่ทั้งโฟลเดอร์
write-holds-content-help = เขียนเว็บไซต์ไปยังโฟลเดอร์ที่ไม่มีเนื้อหาอยู่ข้างใน เช่น `--output output`
write-locked = mueang build อีกตัวหนึ่ง (โปรเซส { $pid }) กำลังเขียนโฟลเดอร์ผลลัพธ์นี้อยู่
write-locked-help = รอให้ตัวนั้นเสร็จแล้ว build อีกครั้ง ถ้าไม่มี build ใดทำงานอยู่ ให้ลบ `{ $lock }`
write-stranded = ย้ายเว็บไซต์ใหม่เข้าที่ไม่ได้: { $error }
write-stranded-help = เว็บไซต์ฉบับก่อนอยู่ครบใน `{ $previous }` ให้เปลี่ยนชื่อกลับ หรือ build อีกครั้ง
write-interrupted = หยุดแล้ว (กด Ctrl-C หรือได้รับสัญญาณให้หยุด) ก่อนเว็บไซต์ใหม่จะเข้าที่ ผลลัพธ์ฉบับก่อนยังอยู่เหมือนเดิม
write-io = เขียน `{ $path }` ไม่ได้: { $error }
write-io-help = ผลลัพธ์ฉบับก่อนยังอยู่เหมือนเดิม ให้ตรวจพื้นที่ว่างในดิสก์และสิทธิ์การเขียน
build-stopped = mueang build: หยุดแล้ว (กด Ctrl-C หรือได้รับสัญญาณให้หยุด) ไม่ได้เขียนอะไร
build-no-stop-handler = ถ้ากด Ctrl-C หรือได้รับสัญญาณให้หยุด การ build จะหยุดทันทีโดยไม่เก็บกวาดไฟล์ที่เขียนค้างไว้ ({ $error })
progress-reading = กำลังอ่านและตรวจเนื้อหา
progress-rendering = กำลังสร้างหน้า: { $files } ไฟล์ ({ $elapsed })
progress-indexing = กำลังทำดัชนีค้นหา { $bar } { $done }/{ $pages } หน้า เหลืออีกประมาณ { $left }
fix-nothing = mueang check --fix: ไม่มีข้อความไทยที่ต้องแก้
fix-fixed = แก้ { $path } แล้ว: { $places } แห่ง ในบรรทัดที่ { $lines }
new-no-kind = ไม่มีระเบียนประเภท `{ $kind }`
new-no-kind-help = ประเภทที่มีคือ { $kinds }
new-section-name = ตั้งชื่อหน้าว่า `{ $id }` ไม่ได้ เพราะเว็บไซต์มีส่วนชื่อนี้อยู่แล้ว ไม่ได้เขียนไฟล์ใด
new-section-name-help = เลือกชื่ออื่น ชื่อที่ใช้ไปแล้วคือ { $taken }
new-exists = มี `{ $path }` อยู่แล้ว ไม่ได้เขียนไฟล์ใด
new-exists-help = เลือกชื่ออื่น หรือแก้ไฟล์นั้นแทน
new-no-cohort = ทูตต้องสังกัดรุ่น แต่ยังไม่มีรุ่นใดเลย
new-no-cohort-help = สั่ง `mueang new cohort ID` ก่อน
new-cannot-write = เขียน `{ $path }` ไม่ได้: { $error }
serve-in-use = พอร์ต { $port } บน { $bind } มีโปรแกรมอื่นใช้อยู่ (มี `mueang serve` อีกตัวเปิดอยู่หรือไม่)
serve-in-use-help = ปิดโปรแกรมนั้น หรือเลือกพอร์ตอื่น: `mueang serve --port { $next }`
serve-bind = เปิดรับการเชื่อมต่อที่ { $bind } พอร์ต { $port } ไม่ได้: { $error }
serve-not-an-address-help = { $bind } ไม่ใช่ที่อยู่ของเครื่องนี้ ถ้าจะดูตัวอย่างบนเครื่องนี้ให้เอา --bind ออก หรือใส่ 0.0.0.0 เพื่อให้เครื่องอื่นในเครือข่ายเปิดดูได้
serve-low-port-help = พอร์ตที่ต่ำกว่า 1024 ต้องใช้สิทธิ์พิเศษ เลือกพอร์ตอื่นด้วย --port เช่น 1111
serve-bind-help = เลือกพอร์ตอื่นด้วย --port หรือที่อยู่อื่นด้วย --bind
serve-watch = คอยดูการแก้ไขไฟล์ในโฟลเดอร์ของเว็บไซต์ไม่ได้: { $error }
serve-watch-help = ปิดโปรแกรมอื่นบางตัว แล้วสั่ง `mueang serve` ใหม่
serve-runtime = เริ่มเว็บเซิร์ฟเวอร์ไม่ได้: { $error }
serve-stopped = เว็บเซิร์ฟเวอร์หยุดทำงาน: { $error }
serve-open-to-network = เปิดรับการเชื่อมต่อที่ { $bind }: เครื่องอื่นในเครือข่ายเดียวกันเปิดดูตัวอย่างนี้ได้
serve-open-to-network-help = เอา --bind ออกเพื่อให้ดูได้เฉพาะเครื่องนี้
serve-no-browser = เปิดตัวอย่างในเว็บเบราว์เซอร์ไม่ได้: { $error } ให้เปิด { $url } เอง
serve-search-ready = ดัชนีค้นหาพร้อมใน { $ms } มิลลิวินาที (สร้างใหม่ { $remade } จาก { $shards } ส่วน { $pages } หน้า)
serve-search-failed = สร้างดัชนีค้นหาไม่ได้: { $error }
serve-no-host = คำขอที่ไม่ระบุ Host
serve-refused = ตัวอย่างนี้ตอบเฉพาะ localhost, 127.0.0.1, [::1] และที่อยู่ของ --bind ไม่ตอบ { $host }
    ถ้าจะเปิดด้วยชื่ออื่น ให้สั่ง `mueang serve --allow-host NAME`
drive-network = ไดรฟ์เครือข่าย: { $kind }
drive-wsl = ไดรฟ์ของ Windows ที่เปิดจาก WSL: { $kind }
drive-shared = โฟลเดอร์ที่แชร์ของเครื่องเสมือน: { $kind }
every-seconds = { $n } วินาที
every-ms = { $n } มิลลิวินาที
polling = คอยดูการแก้ไขโดยตรวจทุก { $every } ({ $why })
polling-drive = `{ $folder }` อยู่บน{ $drive }
polling-no-events = ใช้การแจ้งเตือนไฟล์ของระบบไม่ได้: { $error }
usage-label = วิธีใช้
usage-unknown-option = ไม่มีตัวเลือก `{ $option }`
usage-see-help = ดูตัวเลือกทั้งหมดได้ด้วย `{ $command } --help`
usage-did-you-mean = หมายถึง `{ $suggested }` หรือไม่
usage-unknown-command = ไม่มีคำสั่ง `{ $command }`
usage-commands = คำสั่งที่มีคือ check, build, serve และ new
usage-value-missing = `{ $option }` ต้องมีค่าตามหลัง
usage-value-refused = ใช้ `{ $value }` กับ `{ $option }` ไม่ได้
usage-values = ค่าที่ใช้ได้คือ { $values }
usage-missing = ยังขาด { $missing }
usage-poll = ใส่จำนวนมิลลิวินาทีที่จะเว้นระหว่างการตรวจโฟลเดอร์แต่ละครั้ง ตั้งแต่ 100 ถึง 60000 (1000 คือหนึ่งวินาที)
usage-host = `{ $given }` ไม่ใช่ชื่อเครื่อง ใส่เฉพาะชื่อ เช่น `mypc.local`
usage-whole-number = ใส่จำนวนเต็ม เช่น 1111
usage-address = ใส่ที่อยู่ IP เช่น 127.0.0.1 หรือ 0.0.0.0
base-url-flag-not-an-address = `{ $given }` ไม่ใช่ที่อยู่เว็บที่ใช้กับ --base-url ได้
base-url-flag = --base-url `{ $given }`
io-error = { $kind ->
        [missing] ไม่มีไฟล์หรือโฟลเดอร์นี้
        [denied] ไม่มีสิทธิ์เข้าถึง
        [full] ดิสก์เต็ม
       *[other] { $detail }
    }
fatal-no-content = เปิดโฟลเดอร์เนื้อหา `{ $folder }` ไม่ได้: { $error }
fatal-no-content-help = สั่ง mueang ในโฟลเดอร์ของเว็บไซต์ (โฟลเดอร์ที่มี `content/` อยู่ข้างใน) หรือบอกที่อยู่ด้วย `--content DIR`
fatal-not-a-folder = `{ $folder }` ไม่ใช่โฟลเดอร์
fatal-cannot-write = เขียน `{ $path }` ไม่ได้: { $error }
fatal-outcome-lost = ผลของการสร้างครั้งล่าสุดหายไป
links-no-site = `{ $output }` ไม่มีเว็บไซต์ที่ mueang สร้างไว้
links-no-site-help = สั่ง `mueang build` ก่อน หรือบอกโฟลเดอร์ด้วย --output
links-cannot-read = อ่าน `{ $path }` ไม่ได้: { $error }

## การตั้งค่าเว็บไซต์ ระเบียน ลิงก์ ความเป็นส่วนตัว และตัวเลข
# `site.yaml` และ `sources.yaml`
config-base-url-not-address = `base_url` ต้องเป็นที่อยู่เว็บ
config-language-unknown = `{ $value }` ไม่ใช่ภาษาที่ mueang สร้างเว็บไซต์ได้
config-language-unknown-help = mueang สร้างเว็บไซต์ภาษาไทย (`th`) และภาษาอังกฤษ (`en`): เขียน `languages: [th, en]`
config-languages-without-thai = รายการภาษาต้องมีภาษาไทย
config-languages-without-thai-help = เขียน `languages: [th, en]`
config-default-language = ภาษาหลักต้องเป็นภาษาไทย
config-default-language-help = ระเบียนเขียนเป็นภาษาไทยก่อน แล้วจึงมีคำแปลภาษาอังกฤษ: เขียน `default_language: th`
config-theme-name = `{ $value }` ไม่ใช่ชื่อธีม
config-theme-name-help = ชื่อธีมคือชื่อโฟลเดอร์ใน `themes/` เช่น `default`
config-source-id = `{ $id }` ใช้เป็น id ของแหล่งที่มาไม่ได้
config-source-id-help = id ใช้ได้เฉพาะ a-z, 0-9 และ `-` เช่น `depa-2022-08-24`
site-base-url-no-host = `base_url` ไม่ใช่ที่อยู่เว็บแบบเต็ม ที่อยู่ในแผนผังเว็บไซต์ (sitemap) และฟีดจึงไม่มีชื่อโดเมน
site-base-url-no-host-help = เขียนที่อยู่ที่จะเผยแพร่เว็บไซต์ เช่น `https://example.org/report/` หรือสร้างด้วย --base-url
epoch-not-seconds = `{ $value }` ไม่ใช่จำนวนวินาทีเต็มนับจาก ค.ศ. 1970 วันที่สร้างเว็บไซต์จึงเป็นวันที่ล่าสุดในเนื้อหา
epoch-not-seconds-help = ตั้งค่าเป็นเวลาที่สร้างเป็นวินาที แบบที่คำสั่ง `date +%s` ให้ หรือยกเลิกการตั้งค่านี้

# ที่อยู่เว็บ: `base_url` และ `url` ของแหล่งที่มา
address-field-base-url = `base_url`
address-field-source-url = ช่อง `url` ของแหล่งที่มา
address-not-an-address = { $field } ไม่ใช่ที่อยู่เว็บ
address-scheme = { $field } ต้องขึ้นต้นด้วย `https://` หรือ `http://`
address-credentials = { $field } มีชื่อผู้ใช้หรือรหัสผ่าน (ส่วนก่อน `@`) ซึ่งเว็บไซต์จะเผยแพร่ออกไป
address-credentials-help = ตัดชื่อผู้ใช้และรหัสผ่านออก: `{ $without }`
address-dot-segment = { $field } มีส่วน `{ $part }` ในพาธ ลิงก์ที่สร้างจากที่อยู่นี้จึงจะชี้ไปผิดที่
address-dot-segment-help = เขียนที่อยู่โดยไม่มีส่วน `.` และ `..`: `{ $without }`
address-query-or-fragment = { $field } มีส่วน `?…` หรือ `#…` แต่ลิงก์ของเว็บไซต์สร้างโดยต่อพาธท้ายที่อยู่นี้
address-query-or-fragment-help = ตัดส่วน `?…` หรือ `#…` ออก เขียนเฉพาะที่อยู่ของหน้าแรกของเว็บไซต์
address-character = { $field } มีอักขระที่ใช้ในที่อยู่เว็บไม่ได้: { $character }
address-space = เว้นวรรค
address-tab = แท็บ
address-white-space = อักขระเว้นวรรคชนิดอื่น
address-control = อักขระควบคุม U+{ $code }
address-other = `{ $char }`
address-character-help = ที่อยู่เว็บต้องไม่มีเว้นวรรค เครื่องหมายคำพูด `<`, `>` หรือ `\` (เว้นวรรคเขียนเป็น `%20`) { $example }
address-base-url-example = เขียนที่อยู่ที่จะเผยแพร่เว็บไซต์ เช่น `https://example.org/report/`
address-source-url-example = คัดลอกที่อยู่จากแถบที่อยู่ของเบราว์เซอร์

# ระเบียนและ id
choices-or = { $rest } หรือ { $last }
list-comma = { $first }, { $rest }
record-id-taken = มี{ $kind }ที่ใช้ id `{ $id }` อยู่แล้ว: `{ $first }`
record-id-taken-help = id ของระเบียนประเภทเดียวกันต้องไม่ซ้ำกัน: เปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง
cohort-ends-before-start = รุ่นนี้สิ้นสุดก่อนวันที่เริ่ม
cohort-ends-before-start-help = `started` คือ { $started }: ตรวจทั้งสองวันที่อีกครั้ง
cohort-number-taken = ลำดับรุ่น { $number } ซ้ำกับ `{ $first }`
cohort-number-taken-help = แต่ละรุ่นต้องมีลำดับรุ่นของตัวเอง
project-no-domain = โครงการต้องมีด้านอย่างน้อยหนึ่งด้าน
project-no-domain-help = เขียนด้านอย่างน้อยหนึ่งด้านจาก { $choices }
translation-orphan = ไฟล์นี้เป็นคำแปลของ `{ $id }` แต่ไม่มีระเบียนนั้น
translation-orphan-help = สร้างระเบียนภาษาไทย `{ $path }` ก่อน หรือเปลี่ยนชื่อไฟล์นี้ให้ตรงกับระเบียนที่มีอยู่
translation-ambassador-title = ระเบียนนักดิจิทัลพัฒนาเมืองไม่มีช่อง `title`
translation-ambassador-title-help = ชื่อของบุคคลเหมือนกันทุกภาษา: ลบ `title` ออก
translation-twice = `{ $id }` มีคำแปลอยู่แล้ว: `{ $first }`
translation-twice-help = เก็บไว้เพียงไฟล์เดียว
not-yet-translated = ยังไม่ได้แปล: { $missing }
not-yet-translated-help = หน้าภาษาอังกฤษจะแสดงข้อความภาษาไทยแทนในส่วนเหล่านี้
not-yet-translated-text = เนื้อหา

# วันที่ที่ไม่มีจริง
date-no-month = ไม่มีเดือนที่ { $month }
date-no-day-zero = ไม่มีวันที่ 0
date-past-month-end = { $month_th } มี { $days } วัน

# ตัวเลขที่เป็นจริงไม่ได้ และตัวเลขที่ระเบียนขัดแย้ง
bounds-provinces = `{ $metric }` เป็น { $value } มากกว่าจังหวัดทั้งหมด { $all } จังหวัดของประเทศไทย
bounds-provinces-help = ตรวจตัวเลขกับแหล่งที่มาอีกครั้ง: จำนวนจังหวัดมีได้ไม่เกิน { $all } ถ้าเป็นจำนวนเมืองหรือพื้นที่ ให้ใช้ `metric: cities` หรือ `metric: promotion_zones`
bounds-as-of = `as_of` { $date } อยู่หลังวันที่สร้างเว็บไซต์: { $build }
bounds-as-of-help = ตรวจวันที่กับแหล่งที่มา `{ $source }` อีกครั้ง: ตัวเลขรายงานได้เฉพาะข้อมูล ณ วันที่มาถึงแล้ว
build-date-epoch = { $date } จาก SOURCE_DATE_EPOCH ({ $secs })
build-date-content = วันที่ล่าสุดในเนื้อหา คือ { $date } ใน `{ $path }`
bounds-total = เมื่อรวม `{ $value }` มูลค่าโครงการรวมกันเกิน { $limit } บาท ซึ่งเป็นยอดรวมสูงสุดที่เก็บได้
bounds-total-help = โครงการก่อนหน้านี้ (ตามลำดับไฟล์) รวมกันได้ { $before } บาทแล้ว: ตรวจว่าเขียนหน่วยซ้ำหรือมีเลขศูนย์เกินหรือไม่ (`value_thb` คือมูลค่าทั้งหมดของโครงการเป็นบาท)
reconcile-exceeds = { $scope }: { $what_th }: รายงานไว้ { $reported } แต่ในระเบียนมีมากกว่านั้น: { $computed }
reconcile-exceeds-help = ตรวจว่ามีระเบียนซ้ำหรือไม่ หรือบันทึกตัวเลขจากรายงานฉบับที่ใหม่กว่า
reconcile-disagree = { $scope }: { $what_th }: แหล่งที่มาให้ตัวเลขไม่ตรงกัน: { $reported } ({ $source }) กับ { $others }
reconcile-disagree-help = ตรวจแหล่งที่มาอีกครั้ง ถ้าแต่ละรายงานพูดถึงช่วงเวลาต่างกัน ให้ใส่วันที่ `as_of` ของแต่ละรายงาน

# บุคคลที่ไม่เปิดเผยต่อสาธารณะ
privacy-not-public = ตรงนี้มีชื่อของบุคคลที่ไม่เปิดเผยต่อสาธารณะ: ระเบียนนักดิจิทัลพัฒนาเมือง `{ $owner }` ไม่ได้เขียน `public: true` ไว้ จึงเผยแพร่ชื่อนี้ไม่ได้
privacy-id-help = เปลี่ยนชื่อไฟล์ เพราะชื่อไฟล์คือ id ของระเบียน ซึ่งเป็นส่วนหนึ่งของที่อยู่ทุกหน้าของระเบียนนั้น หรือเมื่อมีหนังสือยินยอมของบุคคลนั้นเก็บไว้แล้ว ให้เขียน `public: true` ในระเบียนนักดิจิทัลพัฒนาเมือง `{ $owner }`
privacy-text-help = ลบชื่อนี้ออกจากข้อความ (ชื่อตัวโดยไม่มีนามสกุลคงไว้ได้) หรือเมื่อมีหนังสือยินยอมของบุคคลนั้นเก็บไว้แล้ว ให้เขียน `public: true` ในระเบียนนักดิจิทัลพัฒนาเมือง `{ $owner }`

# ลิงก์และดัชนีค้นหา
link-broken = ลิงก์เสีย `{ $link }`: { $why }
link-missing = ที่อยู่นี้ไม่มีหน้าหรือไฟล์ใดของเว็บไซต์
link-missing-help = เปิดหน้าที่ต้องการใน `mueang serve` แล้วคัดลอกที่อยู่โดยไม่เอา `http://…` (เช่น `/th/cities/korat/`) หรือลบลิงก์นี้ออก
link-no-anchor = หน้าที่ลิงก์ชี้ไปไม่มีส่วนที่มี `#id` นั้น
link-no-anchor-help = ตัดส่วน `#…` ออก หรือใช้ id ที่มีอยู่ในหน้านั้น
broken-link-outside = ลิงก์ชี้ออกนอกที่อยู่ของเว็บไซต์ (`base_url`)
broken-link-outside-help = ลิงก์ไปยังเว็บไซต์อื่นต้องเขียนที่อยู่เต็ม (`https://…`)
link-from-template-help = ลิงก์นี้มาจากเทมเพลตของธีมหรือจากข้อความของระเบียน แก้ที่นั่นแล้วสร้างเว็บไซต์ใหม่
search-index-failed = สร้างดัชนีค้นหาไม่ได้: { $detail }
search-index-failed-help = แจ้งปัญหานี้พร้อมหน้าที่ระบุไว้ ระหว่างนี้สร้างด้วย `--no-default-features` เพื่อเผยแพร่โดยไม่มีการค้นหา


## สิ่งที่ `check` พิมพ์: สรุปตัวเลข
summary-records = ระเบียน: { $list }
summary-n-cohorts = รุ่น { $n }
summary-n-cities = พื้นที่ { $n }
summary-projects = { $n } โครงการ
summary-n-projects = โครงการ { $n }
summary-n-ambassadors = นักดิจิทัลพัฒนาเมือง { $n }
summary-n-news = ข่าว { $n }
summary-n-pages = หน้า { $n }
summary-n-sources = แหล่งที่มา { $n }
summary-itemised-heading = ตัวเลขจากข้อมูลรายการ
summary-label-cohorts = รุ่น
summary-label-areas = พื้นที่ทั้งหมด
summary-label-regions = ภาคที่มีข้อมูล
summary-certified-in = { $cities } (ใน { $provinces } จังหวัด)
summary-of = { $n } จาก { $total }
summary-no-value = ไม่ระบุมูลค่า ({ $projects })
summary-value-part = { $value } จาก { $valued } ใน { $projects } ไม่ระบุมูลค่า { $without } โครงการ
summary-reported-heading = ตัวเลขที่รายงานเทียบกับข้อมูลรายการ
summary-reconciled = { $scope } · { $metric }: รายงานไว้ { $reported } ({ $cite }) มีรายการในบันทึก { $computed }: { $verdict }
summary-matches = ตรงกัน
summary-partly = มีรายการบางส่วน { $computed } จาก { $reported }
summary-partly-unvalued = มีรายการบางส่วน
summary-exceeds = บันทึกมีมากกว่าที่รายงาน
summary-disagree = แหล่งข้อมูลไม่ตรงกัน
summary-reported-only = ตามที่รายงานเท่านั้น: ไม่มีบันทึกประเภทใดนับรายการนี้
summary-earlier = ก่อนหน้านี้: { $list }
summary-otherwise = รายงานเป็นอย่างอื่น: { $list }
summary-also = รายงานตรงกันด้วย: { $list }
summary-note = หมายเหตุ: { $text }
summary-undated = ไม่ระบุวันที่
summary-targets-heading = เป้าหมาย (แสดงไว้ ไม่นำไปเทียบกับบันทึก)
summary-target = { $scope } · { $metric }: เป้าหมาย { $value } ({ $cite })
summary-write-failed = เขียนสรุปไม่ได้: { $detail }

## The open-data catalog

vocab-licence = สัญญาอนุญาตที่ mueang รู้จัก
vocab-update-frequency = ความถี่ในการปรับปรุงข้อมูล
vocab-coverage = ขอบเขตเชิงภูมิศาสตร์
vocab-data-category = ประเภทข้อมูล
vocab-topic = หมวดหมู่ข้อมูล
config-data-not-public = ข้อมูลของเว็บไซต์ที่เผยแพร่ต้องเป็นข้อมูลสาธารณะ ไม่ใช่ `{ $value }`
config-data-not-public-help = เขียน `category: public` หรือไม่ต้องเขียนบรรทัดนี้ (ค่าเริ่มต้นคือข้อมูลสาธารณะ) ข้อมูลที่ไม่ใช่ข้อมูลสาธารณะไม่ควรอยู่บนเว็บไซต์
config-data-contact = `{ $value }` ไม่ใช่อีเมลหรือที่อยู่เว็บ
config-data-contact-help = เขียนอีเมลที่ติดต่อได้ เช่น `opendata@example.org` หรือหน้าเว็บ เช่น `https://example.org/contact/`
summary-data-heading = แคตตาล็อกข้อมูลเปิด (`data:` ใน site.yaml ดู docs/content.md หัวข้อ "The open-data catalog")
summary-data-default = { $value } (ค่าเริ่มต้น)
summary-data-none = ไม่มี
summary-data-earliest = วันที่แรกสุดในระเบียน


## `mueang diff`: what differs between two states of a site
diff-heading = สิ่งที่ต่างกันระหว่าง { $old } กับ { $new }
diff-nothing = ไม่มีสิ่งใดต่างกัน ทั้งตัวเลข ระเบียน และหน้าเว็บ
diff-figures-heading = ตัวเลขที่เปลี่ยน { $n } ตัว
diff-verdicts-heading = ตัวเลขที่รายงานซึ่งผลการเทียบเปลี่ยน { $n } ตัว
diff-records-heading = ระเบียนที่เพิ่ม ลบ หรือแก้ไข { $n } รายการ
diff-pages-heading = หน้าเว็บที่เพิ่ม ลบ หรือเปลี่ยน { $n } หน้า
diff-not-compared = ไม่ได้เทียบระเบียนและหน้าเว็บ เพราะ summary.json มีเฉพาะตัวเลข และสถานะที่มีข้อผิดพลาดไม่มีทั้งสองอย่าง
diff-moved-by = เปลี่ยนเพราะ { $list }
diff-added = เพิ่ม
diff-removed = ลบ
diff-changed = แก้ไข
diff-reconciled = รายงาน { $reported } ตามบันทึก { $computed }
diff-md-figure = ตัวเลข
diff-md-before = ก่อน
diff-md-after = หลัง
diff-md-by = เปลี่ยนเพราะ
diff-projects-without-value = โครงการที่ไม่ระบุมูลค่า
diff-areas-status = พื้นที่สถานะ{ $status }
diff-not-a-state = `{ $path }` ไม่ใช่สถานะของเว็บไซต์
diff-not-a-summary = `{ $path }` ไม่ใช่ summary.json ที่ mueang เขียน
diff-unreadable = อ่าน `{ $path }` ไม่ได้: { $detail }
diff-state-help = ระบุรุ่นของ git (branch, tag หรือ commit) โฟลเดอร์เนื้อหา (โฟลเดอร์ที่มี site.yaml) โฟลเดอร์เว็บที่สร้างแล้ว หรือไฟล์ data/summary.json
diff-state-has-errors = `{ $state }` มีข้อผิดพลาดในเนื้อหา (ด้านบน) จึงไม่ได้นำมาเทียบ
diff-more-pages = … และหน้าที่เปลี่ยนอีก { $n } หน้า (--json หรือ --markdown แสดงทุกหน้า)
diff-git-failed = อ่านคลัง git ไม่ได้: { $detail }
diff-git-failed-help = ตรวจว่าคลังไม่เสียหาย (`git fsck`) หรือระบุโฟลเดอร์แทนรุ่นของ git
diff-no-repository = โฟลเดอร์นี้ไม่อยู่ในคลัง git จึงอ่านรุ่นของ git ไม่ได้
diff-no-repository-help = เรียก mueang diff ในคลังที่มี content/ หรือระบุสองโฟลเดอร์: `mueang diff OLD_FOLDER NEW_FOLDER`
diff-unknown-revision = `{ $revision }` ไม่ใช่โฟลเดอร์ ไฟล์ หรือรุ่นของคลังนี้
diff-did-you-mean = หมายถึง `{ $name }` หรือไม่ (`git branch -a` และ `git tag` แสดงรุ่นทั้งหมด)
diff-no-default-branch = ไม่พบ branch หลัก (origin/HEAD, origin/main, origin/master, main หรือ master) ที่จะเทียบด้วย
diff-no-default-branch-help = ระบุสถานะที่จะเทียบ เช่น `mueang diff main` ใน CI ให้ fetch branch หลักก่อน (docs/publishing.md)
diff-no-content-at = รุ่น `{ $revision }` ไม่มีโฟลเดอร์ `{ $path }`
diff-no-content-at-help = ระบุโฟลเดอร์เนื้อหาด้วย --content หรือระบุรุ่นที่มีโฟลเดอร์นี้
diff-no-value = ไม่ระบุมูลค่า
config-history-tags = `{ $value }` ไม่ใช่รูปแบบชื่อแท็ก
config-history-tags-help = เขียนรูปแบบชื่อแท็ก เช่น `v*` (ทุกแท็กที่ขึ้นต้นด้วย v) หรือไม่ต้องเขียน `tags:` เพื่ออ่านทุกคอมมิตที่แก้ไขเนื้อหา
history-shallow = คลังนี้โคลนมาแบบตื้น (shallow clone) ประวัติของตัวเลขจึงเริ่มที่คอมมิตเก่าที่สุดที่มี และเว็บไซต์จะบอกไว้
history-shallow-help = ดึงประวัติทั้งหมดก่อนสร้างเว็บไซต์: `git fetch --unshallow` หรือใน CI ตั้ง `fetch-depth: 0` (GitHub Actions) หรือ `GIT_DEPTH: 0` (GitLab CI) ดูตัวอย่างใน docs/publishing.md หรือใช้ `--no-history` เพื่อสร้างโดยไม่มีประวัติ
history-unreadable = อ่านประวัติของตัวเลขไม่ได้ จึงสร้างเว็บไซต์โดยไม่มีประวัติ: { $error }
history-unreadable-help = ตรวจคลังด้วย `git fsck` หรือสร้างด้วย `--no-history`
