import pytest
from tests.test_admin_thai import visible_text, english_on

def test_dump(demo, login, client, db):
    c = login(demo.users["admin"])
    for url in ["/admin/reports/aging-pages/", "/admin/reports/page-types-usage/", "/admin/snippets/"]:
        r = c.get(url)
        print("URL", url, r.status_code, r.get("Location"))
        for ch in visible_text(r):
            if "None" in ch or "Ita" in ch:
                print("  CHUNK", repr(ch))
        open("/tmp/loc/" + url.strip("/").replace("/", "_") + ".html", "w").write(r.content.decode())
    c.logout()
    r = client.get("/admin/login/")
    for ch in visible_text(r):
        if "Password" in ch: print("  LOGIN", repr(ch))
    open("/tmp/loc/login.html", "w").write(r.content.decode())
