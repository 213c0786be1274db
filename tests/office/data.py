"""The real office the set-up tests build (สพป.พัทลุง เขต 1, not the demo's เขต 2)."""

OFFICE = {
    "name": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 1",
    "short_name": "สพป.พัทลุง เขต 1",
    "domain": "www.phatthalung1.go.th",
    "address": "ถนนราเมศวร์ ตำบลคูหาสวรรค์ อำเภอเมืองพัทลุง จังหวัดพัทลุง 93000",
    "phone": "074-611234 ต่อ 101",
    "email": "saraban@phatthalung1.go.th",
}
BASE_URL = "https://www.phatthalung1.go.th"
ADMIN_USERNAME = "webadmin"
ADMIN_PASSWORD = "Thale-Noi-2570!"
