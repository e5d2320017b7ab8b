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
new-next = ต่อไป: แก้ไฟล์เหล่านี้ แล้วสั่ง `mueang check`

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
unknown-field-near = หมายถึง `{ $near }` หรือเปล่า?
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
