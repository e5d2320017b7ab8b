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


## บรรทัดคำสั่ง การเขียนเว็บไซต์ และการเปิดดูตัวอย่าง


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
link-outside = ลิงก์ชี้ออกนอกที่อยู่ของเว็บไซต์ (`base_url`)
link-outside-help = ลิงก์ไปยังเว็บไซต์อื่นต้องเขียนที่อยู่เต็ม (`https://…`)
link-from-template-help = ลิงก์นี้มาจากเทมเพลตของธีมหรือจากข้อความของระเบียน แก้ที่นั่นแล้วสร้างเว็บไซต์ใหม่
search-index-failed = สร้างดัชนีค้นหาไม่ได้: { $detail }
search-index-failed-help = แจ้งปัญหานี้พร้อมหน้าที่ระบุไว้ ระหว่างนี้สร้างด้วย `--no-default-features` เพื่อเผยแพร่โดยไม่มีการค้นหา

