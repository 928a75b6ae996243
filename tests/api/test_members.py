"""Party members (issue 5 items 1 and 5): the member profile on the master record, the roster
and the two cards (一表双卡) as views, printable pages and Excel exports with masks and an audited
export, membership transfers with their letters, and dues with arrears.

Fixture: a system admin; the area tree of harness.create_tree; a branch in community a and one
in community b; members of branch a with ID numbers and phones; a work unit whose party
organisation sits in the subdistrict; staff of community a and b.
"""

import datetime
import io
import time
import unittest
import zipfile

import harness

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CST = 8 * 3600


def id_number(first17):
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return first17 + "10X98765432"[total % 11]


def today():
    return time.strftime("%Y-%m-%d", time.gmtime(time.time() + CST))


def this_month():
    return today()[:7]


def month_add(month, n):
    y, m = int(month[:4]), int(month[5:7])
    total = y * 12 + (m - 1) + n
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def days_ago(n):
    return time.strftime("%Y-%m-%d", time.gmtime(time.time() + CST - n * 86400))


ID_A = id_number("45112319800412301")
PHONE_A = "13912345678"


class MembersTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        srv = cls.srv
        cls.admin = srv.login("admin")
        cls.t = srv.create_tree(cls.admin)
        cls.branch_a = cls.post_ok("/api/v1/orgs", {
            "kind": "branch", "name": harness.unique("支部<a>"),
            "area_id": cls.t["community_a"]["id"]})
        cls.branch_b = cls.post_ok("/api/v1/orgs", {
            "kind": "branch", "name": harness.unique("branch b"),
            "area_id": cls.t["community_b"]["id"]})
        unit_org = cls.post_ok("/api/v1/orgs", {
            "kind": "committee", "name": harness.unique("机关党委"),
            "area_id": cls.t["subdistrict"]["id"]})
        cls.unit = cls.post_ok("/api/v1/work-units", {
            "name": harness.unique("区住建局"), "kind": "government", "org_id": unit_org["id"]})
        cls.alice = cls.person(name="李<b>红</b>", id_number=ID_A, phone=PHONE_A)
        cls.post_ok(f"/api/v1/orgs/{cls.branch_a['id']}/members",
                    {"person_id": cls.alice, "status": "full", "joined_on": "2010-07-01"})
        cls.prob = cls.person()
        cls.post_ok(f"/api/v1/orgs/{cls.branch_a['id']}/members",
                    {"person_id": cls.prob, "status": "probationary", "joined_on": days_ago(200)})
        cls.bob = cls.person()
        cls.post_ok(f"/api/v1/orgs/{cls.branch_a['id']}/members",
                    {"person_id": cls.bob, "status": "full", "joined_on": "2001-07-01"})
        srv.add_user("staff.a", "staff", area=cls.t["community_a"]["id"])
        srv.add_user("staff.b", "staff", area=cls.t["community_b"]["id"])
        cls.staff_a = srv.login("staff.a")
        cls.staff_b = srv.login("staff.b")

    @classmethod
    def person(cls, **fields):
        return cls.srv.create_person(cls.admin, area_id=cls.t["grid_a"]["id"], **fields)["id"]

    @classmethod
    def post_ok(cls, path, body):
        r = cls.srv.request("POST", path, body, token=cls.admin)
        if r.status != 201:
            raise AssertionError(f"POST {path} {body}: {r!r}")
        return r.body

    def req(self, method, path, body=None, token=None, **kw):
        return self.srv.request(method, path, body, token=token or self.staff_a, **kw)

    # ----- profile -----------------------------------------------------------------------------

    def test_profile_dates_in_order(self):
        srv = self.srv
        path = f"/api/v1/members/{self.alice}"
        before = srv.last_event_seq()
        self.assertProblem(self.req("PATCH", path, {"applied_on": "2011-01-01"}), 422,
                           "/admitted_on")
        self.assertProblem(self.req("PATCH", path, {"full_on": "2010-12-01"}), 422, "/full_on")
        self.assertProblem(self.req("PATCH", path, {"applied_on": "2090-01-01"}), 422,
                           "/applied_on")
        self.assertProblem(self.req("PATCH", path, {"mobile": True}), 422, "/mobile_to")
        self.assertProblem(self.req("PATCH", path, {"unit_id": 999999}), 404, "/unit_id")
        self.assertProblem(self.req("PATCH", path, {"education": "phd"}), 400, "/education")
        self.assertProblem(self.req("PATCH", path, {"colour": "red"}), 400, "/colour")
        newcomer = self.person()
        self.post_ok(f"/api/v1/orgs/{self.branch_a['id']}/members",
                     {"person_id": newcomer, "status": "probationary", "joined_on": days_ago(30)})
        before = srv.last_event_seq()
        self.assertProblem(self.req("PATCH", f"/api/v1/members/{newcomer}",
                                    {"full_on": today()}), 422, "/full_on")
        # Another community's staff do not see the member at all.
        self.assertProblem(self.req("PATCH", path, {"post": "x"}, token=self.staff_b), 404)
        self.assertEqual(srv.last_event_seq(), before)

        m = self.assertStatus(self.req("PATCH", path, {
            "applied_on": "2009-03-01", "full_on": "2011-07-01", "unit_id": self.unit["id"],
            "post": "科员", "education": "bachelor", "mobile": True, "mobile_to": "广东省深圳市",
            "mobile_since": "2024-05-01"}), 200)
        self.assertEqual(m["admitted_on"], "2010-07-01")
        p = m["profile"]
        self.assertEqual((p["applied_on"], p["full_on"], p["post"]),
                         ("2009-03-01", "2011-07-01", "科员"))
        self.assertEqual(p["unit"]["id"], self.unit["id"])
        self.assertEqual(p["unit"]["org"]["id"], self.unit["org"]["id"])
        self.assertTrue(p["mobile"])
        self.assertIn("*", m["id_number"])
        self.assertNotIn(ID_A, str(m))
        # Moving the admission date goes through the membership; out of order is refused.
        self.assertProblem(self.req("PATCH", path, {"admitted_on": "2009-01-01"}), 422,
                           "/admitted_on")
        m = self.assertStatus(self.req("PATCH", path, {"admitted_on": "2010-06-30"}), 200)
        self.assertEqual(m["joined_on"], "2010-06-30")
        # No longer mobile: the whereabouts go with it.
        m = self.assertStatus(self.req("PATCH", path, {"mobile": False}), 200)
        self.assertIsNone(m["profile"]["mobile_to"])
        actions = [a for (a,) in srv.query_db(
            "SELECT action FROM events WHERE subject_kind = 'party_member' AND subject_id = ?"
            " AND seq > ? ORDER BY seq", (self.alice, before))]
        self.assertEqual(actions, ["member_profile.update", "member.update",
                                   "member_profile.update"])

    def test_conversion_after_a_year(self):
        path = f"/api/v1/members/{self.prob}/convert"
        self.assertProblem(self.req("POST", path, {"full_on": today()}), 422, "/full_on")
        self.assertProblem(self.req("POST", path, {}), 400, "/full_on")
        self.assertProblem(self.req("POST", path, {"full_on": today()}, token=self.staff_b), 404)
        # Converted once the year is up (the admission date moved back for the test).
        self.assertStatus(self.req("PATCH", f"/api/v1/members/{self.prob}",
                                   {"admitted_on": days_ago(400)}), 200)
        m = self.assertStatus(self.req("POST", path, {"full_on": today()}), 200)
        self.assertEqual(m["status"], "full")
        self.assertEqual(m["profile"]["full_on"], today())
        self.assertProblem(self.req("POST", path, {"full_on": today()}), 409)

    # ----- transfers ---------------------------------------------------------------------------

    def test_transfer_walk(self):
        srv = self.srv
        mover = self.person()
        self.post_ok(f"/api/v1/orgs/{self.branch_a['id']}/members",
                     {"person_id": mover, "status": "full", "joined_on": "2015-07-01"})
        before = srv.last_event_seq()
        # To the organisation they already belong to: 422 naming the field, nothing written.
        self.assertProblem(self.req("POST", "/api/v1/transfers", {
            "person_id": mover, "to_org_id": self.branch_a["id"], "reason": "搬家"}), 422,
            "/to_org_id")
        self.assertProblem(self.req("POST", "/api/v1/transfers", {
            "person_id": mover, "to_org_id": 999999, "reason": "搬家"}), 404, "/to_org_id")
        self.assertProblem(self.req("POST", "/api/v1/transfers", {
            "person_id": mover, "to_org_id": self.branch_b["id"]}), 400, "/reason")
        self.assertProblem(self.req("POST", "/api/v1/transfers", {
            "person_id": mover, "to_org_id": self.branch_b["id"], "months_away": 0,
            "reason": "x"}), 400, "/months_away")
        # The destination's staff cannot issue it: the member is not theirs.
        self.assertProblem(self.req("POST", "/api/v1/transfers", {
            "person_id": mover, "to_org_id": self.branch_b["id"], "reason": "x"},
            token=self.staff_b), 404, "/person_id")
        self.assertEqual(srv.last_event_seq(), before)

        t = self.assertStatus(self.req("POST", "/api/v1/transfers", {
            "person_id": mover, "to_org_id": self.branch_b["id"], "reason": "迁居<b>社区</b>"}),
            201)
        self.assertEqual((t["letter"], t["status"]), ("transfer", "issued"))
        self.assertRegex(t["letter_no"], rf"^ZZ-\d{{4}}-{self.branch_a['id']}-\d{{4}}$")
        self.assertProblem(self.req("POST", "/api/v1/transfers", {
            "person_id": mover, "to_org_id": self.branch_b["id"], "reason": "x"}), 409,
            "/person_id")
        # The letter prints, escaped.
        page = self.req("GET", f"/api/v1/transfers/{t['id']}/letter.html")
        self.assertEqual(page.status, 200)
        self.assertIn("组织关系介绍信", page.body)
        self.assertIn("&lt;b&gt;社区&lt;/b&gt;", page.body)
        self.assertNotIn("<b>社区", page.body)
        # Only the destination decides.
        self.assertProblem(self.req("POST", f"/api/v1/transfers/{t['id']}/accept", {}), 403)
        listed = self.assertStatus(self.req("GET", "/api/v1/transfers", token=self.staff_b,
                                            query={"status": "issued"}), 200)
        self.assertIn(t["id"], [x["id"] for x in listed["items"]])
        done = self.assertStatus(self.req("POST", f"/api/v1/transfers/{t['id']}/accept", {},
                                          token=self.staff_b), 200)
        self.assertEqual(done["status"], "accepted")
        self.assertProblem(self.req("POST", f"/api/v1/transfers/{t['id']}/accept", {},
                                    token=self.staff_b), 409)
        # The membership moved: community b's staff manage the member now; a's still read the
        # record of a resident of their community, but manage it no longer.
        m = self.assertStatus(self.req("GET", f"/api/v1/members/{mover}", token=self.staff_b),
                              200)
        self.assertEqual(m["org_id"], self.branch_b["id"])
        self.assertStatus(self.req("PATCH", f"/api/v1/members/{mover}", {"post": "教师"},
                                   token=self.staff_b), 200)
        self.assertProblem(self.req("PATCH", f"/api/v1/members/{mover}", {"post": "x"}), 403)
        actions = [a for (a,) in srv.query_db(
            "SELECT action FROM events WHERE seq > ? AND action IN ('transfer.issue',"
            " 'member.move', 'transfer.accept') ORDER BY seq", (before,))]
        self.assertEqual(actions, ["transfer.issue", "member.move", "transfer.accept"])

    def test_short_absences_and_refusal(self):
        traveller = self.person()
        self.post_ok(f"/api/v1/orgs/{self.branch_a['id']}/members",
                     {"person_id": traveller, "status": "full", "joined_on": "2016-07-01"})
        # Up to 3 months: no letter.
        t = self.assertStatus(self.req("POST", "/api/v1/transfers", {
            "person_id": traveller, "to_org_id": self.branch_b["id"], "months_away": 3,
            "reason": "外出务工"}), 201)
        self.assertEqual(t["letter"], "none")
        self.assertIsNone(t["letter_no"])
        self.assertProblem(self.req("GET", f"/api/v1/transfers/{t['id']}/letter.html"), 404)
        self.assertProblem(self.req("POST", f"/api/v1/transfers/{t['id']}/refuse", {},
                                    token=self.staff_b), 400, "/reason")
        refused = self.assertStatus(self.req("POST", f"/api/v1/transfers/{t['id']}/refuse",
                                             {"reason": "本支部无法安排"}, token=self.staff_b), 200)
        self.assertEqual((refused["status"], refused["refusal_reason"]),
                         ("refused", "本支部无法安排"))
        # Up to 6 months: a certificate letter; accepted, the member stays and turns mobile.
        t = self.assertStatus(self.req("POST", "/api/v1/transfers", {
            "person_id": traveller, "to_org_id": self.branch_b["id"], "months_away": 6,
            "reason": "外出务工"}), 201)
        self.assertEqual(t["letter"], "certificate")
        page = self.req("GET", f"/api/v1/transfers/{t['id']}/letter.html")
        self.assertIn("党员证明信", page.body)
        self.assertStatus(self.req("POST", f"/api/v1/transfers/{t['id']}/accept", {},
                                   token=self.staff_b), 200)
        m = self.assertStatus(self.req("GET", f"/api/v1/members/{traveller}"), 200)
        self.assertEqual(m["org_id"], self.branch_a["id"])
        self.assertTrue(m["profile"]["mobile"])
        self.assertEqual(m["profile"]["mobile_to"], self.branch_b["name"])
        # Seven months: a transfer letter.
        t = self.assertStatus(self.req("POST", "/api/v1/transfers", {
            "person_id": traveller, "to_org_id": self.branch_b["id"], "months_away": 7,
            "reason": "长期外出"}), 201)
        self.assertEqual(t["letter"], "transfer")

    def test_cancel_before_the_destination_decides(self):
        srv = self.srv
        leaver = self.person()
        self.post_ok(f"/api/v1/orgs/{self.branch_a['id']}/members",
                     {"person_id": leaver, "status": "full", "joined_on": "2014-07-01"})
        t = self.assertStatus(self.req("POST", "/api/v1/transfers", {
            "person_id": leaver, "to_org_id": self.branch_b["id"], "reason": "搬家"}), 201)
        before = srv.last_event_seq()
        # Only the issuing organisation cancels; a reason is required; nothing written.
        self.assertProblem(self.req("POST", f"/api/v1/transfers/{t['id']}/cancel",
                                    {"reason": "x"}, token=self.staff_b), 403)
        self.assertProblem(self.req("POST", f"/api/v1/transfers/{t['id']}/cancel", {}), 400,
                           "/reason")
        self.assertProblem(self.req("POST", "/api/v1/transfers/999999/cancel", {"reason": "x"}),
                           404)
        self.assertEqual(srv.last_event_seq(), before)
        done = self.assertStatus(self.req("POST", f"/api/v1/transfers/{t['id']}/cancel",
                                          {"reason": "开错了<目的地>"}), 200)
        self.assertEqual((done["status"], done["cancel_reason"]), ("cancelled", "开错了<目的地>"))
        self.assertIsNotNone(done["decided_at"])
        # Cancelled is final: not cancelled again, not accepted.
        self.assertProblem(self.req("POST", f"/api/v1/transfers/{t['id']}/cancel",
                                    {"reason": "x"}), 409)
        self.assertProblem(self.req("POST", f"/api/v1/transfers/{t['id']}/accept", {},
                                    token=self.staff_b), 409)
        m = self.assertStatus(self.req("GET", f"/api/v1/members/{leaver}"), 200)
        self.assertEqual(m["org_id"], self.branch_a["id"])
        listed = self.assertStatus(self.req("GET", "/api/v1/transfers",
                                            query={"person_id": leaver, "status": "cancelled"}),
                                   200)
        self.assertEqual([x["id"] for x in listed["items"]], [t["id"]])
        listed = self.assertStatus(self.req("GET", "/api/v1/transfers",
                                            query={"person_id": leaver, "status": "issued"}), 200)
        self.assertEqual(listed["total"], 0)
        page = self.req("GET", f"/api/v1/transfers/{t['id']}/letter.html")
        self.assertIn("已撤销", page.body)
        self.assertIn("&lt;目的地&gt;", page.body)
        # No longer open: another transfer may be issued.
        self.assertStatus(self.req("POST", "/api/v1/transfers", {
            "person_id": leaver, "to_org_id": self.branch_b["id"], "reason": "搬家"}), 201)
        actions = [a for (a,) in srv.query_db(
            "SELECT action FROM events WHERE subject_kind = 'member_transfer' AND subject_id = ?"
            " ORDER BY seq", (t["id"],))]
        self.assertEqual(actions, ["transfer.issue", "transfer.cancel"])

    def test_staff_granted_on_the_destination_accept_a_transfer_letter(self):
        # Staff whose grant is on the destination organisation (not on its area) manage it, so
        # they accept a transfer letter, which moves the membership.
        srv = self.srv
        srv.add_user("staff.org_b", "staff", org=self.branch_b["id"])
        staff_org_b = srv.login("staff.org_b")
        mover = self.person()
        self.post_ok(f"/api/v1/orgs/{self.branch_a['id']}/members",
                     {"person_id": mover, "status": "full", "joined_on": "2013-07-01"})
        t = self.assertStatus(self.req("POST", "/api/v1/transfers", {
            "person_id": mover, "to_org_id": self.branch_b["id"], "reason": "迁居"}), 201)
        self.assertEqual(t["letter"], "transfer")
        done = self.assertStatus(self.req("POST", f"/api/v1/transfers/{t['id']}/accept", {},
                                          token=staff_org_b), 200)
        self.assertEqual(done["status"], "accepted")
        m = self.assertStatus(self.req("GET", f"/api/v1/members/{mover}", token=staff_org_b),
                              200)
        self.assertEqual(m["org_id"], self.branch_b["id"])

    # ----- dues --------------------------------------------------------------------------------

    def test_dues_and_arrears(self):
        payer = self.person()
        self.post_ok(f"/api/v1/orgs/{self.branch_a['id']}/members",
                     {"person_id": payer, "status": "full", "joined_on": "2012-07-01"})
        now = this_month()
        start = month_add(now, -2)
        base = f"/api/v1/members/{payer}"
        self.assertProblem(self.req("POST", f"{base}/dues-payments", {"month": start}), 422,
                           "/month")
        self.assertProblem(self.req("POST", f"{base}/dues-basis",
                                    {"from_month": start, "category": "in_service"}), 400,
                           "/income_fen")
        self.assertProblem(self.req("POST", f"{base}/dues-basis",
                                    {"from_month": "2026-13", "category": "student"}), 400,
                           "/from_month")
        # 4500 yuan after tax: the 1% bracket, 45 yuan a month.
        b = self.assertStatus(self.req("POST", f"{base}/dues-basis", {
            "from_month": start, "category": "in_service", "income_fen": 450000}), 201)
        self.assertEqual(b["monthly_due_fen"], 4500)
        # Exactly 3000 yuan is still the 0.5% bracket.
        b = self.assertStatus(self.req("POST", f"{base}/dues-basis", {
            "from_month": month_add(start, 1), "category": "in_service", "income_fen": 300000}),
            201)
        self.assertEqual(b["monthly_due_fen"], 1500)
        self.assertProblem(self.req("POST", f"{base}/dues-payments",
                                    {"month": start, "amount_fen": 4499}), 422, "/amount_fen")
        self.assertProblem(self.req("POST", f"{base}/dues-payments",
                                    {"month": start, "paid_on": "2090-01-01"}), 422, "/paid_on")
        paid = self.assertStatus(self.req("POST", f"{base}/dues-payments", {"month": start}), 201)
        self.assertEqual((paid["due_fen"], paid["amount_fen"]), (4500, 4500))
        self.assertProblem(self.req("POST", f"{base}/dues-payments", {"month": start}), 409,
                           "/month")
        self.assertProblem(self.req("POST", f"{base}/dues-payments", {"month": start},
                                    token=self.staff_b), 404)

        # Month by month: paid, then two months owed at 15 yuan.
        d = self.assertStatus(self.req("GET", f"{base}/dues",
                                       query={"from": start, "to": now}), 200)
        self.assertEqual([m["state"] for m in d["months"]], ["paid", "owed", "owed"])
        self.assertEqual(d["totals"]["owed_fen"], 3000)
        self.assertEqual(d["totals"]["paid_fen"], 4500)
        self.assertEqual(d["totals"]["months_owed"], 2)
        behind = self.assertStatus(self.req("GET", d["links"]["payments"]), 200)
        self.assertEqual(behind["amount_fen"], d["totals"]["paid_fen"])
        self.assertEqual([p["id"] for p in behind["items"]], [paid["id"]])
        # A month before the first basis has none; later months are never owed.
        d = self.assertStatus(self.req("GET", f"{base}/dues", query={
            "from": month_add(start, -1), "to": month_add(now, 3)}), 200)
        self.assertEqual(d["months"][0]["state"], "no_basis")
        self.assertEqual(d["to"], now)
        self.assertProblem(self.req("GET", f"{base}/dues", query={"from": now, "to": start}), 400,
                           "?to")

        # The organisation's arrears: the payer among them, linking to their months.
        a = self.assertStatus(self.req("GET", "/api/v1/dues/arrears", query={
            "org_id": self.branch_a["id"], "from": start, "to": now}), 200)
        row = next(m for m in a["members"] if m["member"]["id"] == payer)
        self.assertEqual(row["totals"]["owed_fen"], 3000)
        self.assertGreaterEqual(a["totals"]["owed_fen"], 3000)
        self.assertEqual(a["totals"]["owed_fen"],
                         sum(m["totals"]["owed_fen"] for m in a["members"]))
        linked = self.assertStatus(self.req("GET", row["link"]), 200)
        self.assertEqual(linked["totals"], row["totals"])
        pays = self.assertStatus(self.req("GET", a["links"]["payments"]), 200)
        self.assertEqual(pays["amount_fen"], a["totals"]["paid_fen"])
        self.assertProblem(self.req("GET", "/api/v1/dues/arrears", query={
            "org_id": self.branch_a["id"]}, token=self.staff_b), 404)
        self.assertProblem(self.req("GET", "/api/v1/dues/arrears"), 400, "?org_id")
        # Students pay the flat 0.2 yuan.
        b = self.assertStatus(self.req("POST", f"{base}/dues-basis", {
            "from_month": now, "category": "student"}), 201)
        self.assertEqual(b["monthly_due_fen"], 20)

    # ----- roster, cards and exports -----------------------------------------------------------

    def test_roster_cards_and_exports(self):
        srv = self.srv
        org = self.branch_a["id"]
        r = self.assertStatus(self.req("GET", "/api/v1/member-roster", query={"org_id": org}), 200)
        self.assertGreaterEqual(r["total"], 3)
        row = next(x for x in r["rows"] if x["id"] == self.alice)
        self.assertEqual(row["id_number"], ID_A[:6] + "********" + ID_A[-4:])
        self.assertEqual(row["phone"], PHONE_A[:3] + "****" + PHONE_A[-4:])
        self.assertProblem(self.req("GET", "/api/v1/member-roster", query={"org_id": org},
                                    token=self.staff_b), 404)
        self.assertProblem(self.req("GET", "/api/v1/member-roster"), 400, "?org_id")

        before = srv.last_event_seq()
        page = self.req("GET", "/api/v1/member-roster.html", query={"org_id": org})
        self.assertEqual(page.status, 200)
        self.assertIn("党员基本情况一览表", page.body)
        self.assertIn("李&lt;b&gt;红&lt;/b&gt;", page.body)
        self.assertNotIn(ID_A, page.body)
        self.assertNotIn(PHONE_A, page.body)
        self.assertIn("default-src 'none'", page.headers.get("Content-Security-Policy", ""))

        x = self.req("GET", "/api/v1/member-roster.xlsx", query={"org_id": org})
        self.assertEqual(x.status, 200)
        self.assertIn("spreadsheetml", x.content_type)
        self.assertIn("attachment", x.headers.get("Content-Disposition", ""))
        with zipfile.ZipFile(io.BytesIO(x.raw)) as z:
            names = z.namelist()
            self.assertIn("xl/worksheets/sheet1.xml", names)
            workbook = z.read("xl/workbook.xml").decode("utf-8")
            self.assertIn('name="党员基本情况一览表"', workbook)
            everything = "".join(z.read(n).decode("utf-8", "replace") for n in names)
        self.assertIn(ID_A[:6] + "********" + ID_A[-4:], everything)
        self.assertNotIn(ID_A, everything)
        self.assertNotIn(PHONE_A, everything)
        exports = srv.query_db(
            "SELECT action, actor_label, subject_kind, subject_id, summary FROM events"
            " WHERE seq > ? ORDER BY seq", (before,))
        self.assertEqual([(a, who, k, s) for (a, who, k, s, _) in exports],
                         [("export.member_roster", "staff.a", "party_org", org)] * 2)
        self.assertIn('"format":"xlsx"', exports[1][4])

        # The member card, from the records.
        card = self.assertStatus(self.req("GET", f"/api/v1/members/{self.alice}/card"), 200)
        self.assertEqual(card["member"]["id"], self.alice)
        self.assertIn("org_life", card)
        page = self.req("GET", f"/api/v1/members/{self.alice}/card.html")
        self.assertEqual(page.status, 200)
        self.assertIn("党员登记卡", page.body)
        self.assertNotIn(ID_A, page.body)
        x = self.req("GET", f"/api/v1/members/{self.alice}/card.xlsx")
        with zipfile.ZipFile(io.BytesIO(x.raw)) as z:
            self.assertIn('name="党员登记卡"', z.read("xl/workbook.xml").decode("utf-8"))
        self.assertProblem(self.req("GET", f"/api/v1/members/{self.alice}/card",
                                    token=self.staff_b), 404)
        self.assertProblem(self.req("GET", f"/api/v1/members/{self.alice}/card",
                                    query={"year": "19x"}), 400, "?year")

        # The organisation activity card, with a meeting held this year.
        r = self.req("POST", "/api/v1/org-life/meetings", {
            "org_id": org, "kind": "theme_day", "held_on": today(), "topic": "学习<党章>",
            "attendance": [{"person_id": self.alice, "status": "present"}]})
        self.assertEqual(r.status, 201, r)
        oc = self.assertStatus(self.req("GET", f"/api/v1/org-activity-cards/{org}"), 200)
        self.assertEqual(oc["meetings"][-1]["topic"], "学习<党章>")
        self.assertEqual(oc["meetings"][-1]["attendance"]["present"], 1)
        page = self.req("GET", f"/api/v1/org-activity-cards/{org}/card.html")
        self.assertIn("党组织活动登记卡", page.body)
        self.assertIn("学习&lt;党章&gt;", page.body)
        x = self.req("GET", f"/api/v1/org-activity-cards/{org}/card.xlsx")
        self.assertEqual(x.status, 200)
        with zipfile.ZipFile(io.BytesIO(x.raw)) as z:
            self.assertIn('name="党组织活动登记卡"', z.read("xl/workbook.xml").decode("utf-8"))
        card = self.assertStatus(self.req("GET", f"/api/v1/members/{self.alice}/card"), 200)
        self.assertGreaterEqual(card["org_life"]["present"], 1)
        self.assertProblem(self.req("GET", f"/api/v1/org-activity-cards/{org}",
                                    token=self.staff_b), 404)
        self.assertEqual(srv.verify()[0], 0)


if __name__ == "__main__":
    unittest.main()
