"""Report-in (双报到): a member reports in to the community of residence, the community confirms
and a receipt goes to the work unit's party organisation; the member claims posts and logs
hours the community confirms; at year end the feedback sheet is generated from those records,
sent to the unit and acknowledged there. Units report in too. Figures trace to their rows.

Fixture: the demo data (灵峰社区, its staff and a party member living there), plus a work unit
whose party committee sits in 八步街道 and a unit_rep account on that committee.
"""

import time
import unittest

import harness
from harness import DEMO_PASSWORD

S = {}
T = {}


def setUpModule():
    srv = harness.start_shared(demo=True)
    for login in ("sysadmin", "staff.lingfeng", "member.lingfeng", "resident.lingfeng",
                  "staff.dandonglu"):
        T[login] = srv.login(login, DEMO_PASSWORD)
    admin = T["sysadmin"]
    r = srv.request("GET", "/api/v1/areas", token=admin,
                    query={"q": "灵峰社区", "kind": "community"})
    S["lingfeng"] = r.body["items"][0]
    r = srv.request("GET", "/api/v1/areas", token=admin,
                    query={"q": "丹东路社区", "kind": "community"})
    S["dandonglu"] = r.body["items"][0]
    me = srv.request("GET", "/api/v1/session", token=T["member.lingfeng"]).body["account"]
    S["member"] = me["person"]["id"]
    staff = srv.request("GET", "/api/v1/session", token=T["staff.lingfeng"]).body["account"]
    S["staff_person"] = staff["person"]["id"]
    # The unit's party committee sits in the subdistrict, outside the community tree.
    r = srv.request("POST", "/api/v1/orgs",
                    {"kind": "committee", "name": harness.unique("区住建局机关党委"),
                     "area_id": S["lingfeng"]["parent_id"]}, token=admin)
    assert r.status == 201, r
    S["unit_org"] = r.body["id"]
    # Markup in the name: the printable pages must escape it.
    r = srv.request("POST", "/api/v1/work-units",
                    {"name": harness.unique("区住建局<b>&</b>"), "kind": "government",
                     "org_id": S["unit_org"]}, token=admin)
    assert r.status == 201, r
    S["unit"] = r.body
    srv.add_user("rep.unit", "unit_rep", org=S["unit_org"])
    T["rep"] = srv.login("rep.unit")


def tearDownModule():
    harness.stop_shared()


CST = 8 * 3600  # the server counts days in China Standard Time (core/clock.h)


def today():
    return time.strftime("%Y-%m-%d", time.gmtime(time.time() + CST))


def in_days(n):
    return time.strftime("%Y-%m-%d", time.gmtime(time.time() + CST + n * 86400))


def this_year():
    return time.gmtime(time.time() + CST).tm_year


class ReportInWalk(harness.ApiTestCase):
    """One member from report-in to an acknowledged feedback sheet, with the bad input met on
    the way."""

    def req(self, method, path, body=None, who="staff.lingfeng", **kw):
        token = T["rep"] if who == "rep" else T[who]
        return harness.shared().request(method, path, body, token=token, **kw)

    def test_walk(self):
        srv = harness.shared()
        lingfeng = S["lingfeng"]["id"]
        unit = S["unit"]["id"]

        # The member reports in; the community defaults to the one they live in.
        r = self.req("POST", "/api/v1/report-ins", {"unit_id": unit, "note": "会修水电"},
                     who="member.lingfeng")
        ri = self.assertStatus(r, 201)
        self.assertEqual(ri["status"], "submitted")
        self.assertEqual(ri["community"]["id"], lingfeng)
        self.assertEqual(ri["member"]["id"], S["member"])
        self.assertTrue(ri["resides_in_community"])
        self.assertIn("*", ri["member"]["id_number"] or "*")  # masked, as everywhere
        rid = ri["id"]

        # A second open report-in of the same member is a conflict.
        self.assertProblem(self.req("POST", "/api/v1/report-ins", {"unit_id": unit},
                                    who="member.lingfeng"), 409)
        # Seen by the member, the community and the unit; not by another community.
        for who in ("member.lingfeng", "staff.lingfeng", "rep", "sysadmin"):
            self.assertStatus(self.req("GET", f"/api/v1/report-ins/{rid}", who=who), 200)
        self.assertProblem(self.req("GET", f"/api/v1/report-ins/{rid}", who="staff.dandonglu"),
                           404)
        # No receipt before the community confirms; only the community confirms.
        self.assertProblem(self.req("GET", f"/api/v1/report-ins/{rid}/receipt", who="rep"), 404)
        self.assertProblem(self.req("POST", f"/api/v1/report-ins/{rid}/confirm",
                                    who="member.lingfeng"), 403)
        self.assertProblem(self.req("POST", f"/api/v1/report-ins/{rid}/confirm", who="rep"), 403)

        ri = self.assertStatus(self.req("POST", f"/api/v1/report-ins/{rid}/confirm"), 200)
        self.assertEqual(ri["status"], "confirmed")
        self.assertRegex(ri["receipt_no"], rf"^RI-\d{{4}}-{lingfeng}-\d{{4}}$")
        # A receipt confirmed twice: 409, nothing written.
        before = srv.last_event_seq()
        self.assertProblem(self.req("POST", f"/api/v1/report-ins/{rid}/confirm"), 409)
        self.assertProblem(self.req("POST", f"/api/v1/report-ins/{rid}/decline",
                                    {"reason": "迟到"}), 409)
        self.assertEqual(srv.last_event_seq(), before)

        # The unit's account sees the receipt, and prints it.
        receipt = self.assertStatus(self.req("GET", f"/api/v1/report-ins/{rid}/receipt",
                                             who="rep"), 200)
        self.assertEqual(receipt["receipt_no"], ri["receipt_no"])
        self.assertEqual(receipt["member"]["id"], S["member"])
        self.assertEqual(receipt["unit_org"]["id"], S["unit_org"])
        self.assertEqual(receipt["confirmed_on"], today())
        page = self.req("GET", f"/api/v1/report-ins/{rid}/receipt.html", who="rep")
        self.assertEqual(page.status, 200)
        self.assertTrue(page.content_type.startswith("text/html"), page)
        self.assertIn("default-src 'none'", page.headers.get("Content-Security-Policy", ""))
        self.assertIn("报到回执卡", page.body)
        self.assertIn(ri["receipt_no"], page.body)
        self.assertNotIn("<b>&</b>", page.body)
        self.assertIn("&lt;b&gt;&amp;&lt;/b&gt;", page.body)
        self.assertProblem(self.req("GET", f"/api/v1/report-ins/{rid}/receipt.html",
                                    who="staff.dandonglu"), 404)

        # The community offers a post; the member sees and claims it.
        post = self.assertStatus(self.req("POST", "/api/v1/service-posts",
                                          {"community_id": lingfeng, "kind": "volunteering",
                                           "title": harness.unique("助老服务")}), 201)
        listed = self.assertStatus(self.req("GET", "/api/v1/service-posts",
                                            who="member.lingfeng",
                                            query={"community_id": lingfeng}), 200)
        self.assertIn(post["id"], [p["id"] for p in listed["items"]])
        claimed = self.assertStatus(self.req("POST", f"/api/v1/service-posts/{post['id']}/claims",
                                             {}, who="member.lingfeng"), 201)
        self.assertTrue(claimed["claimed"])
        self.assertProblem(self.req("POST", f"/api/v1/service-posts/{post['id']}/claims", {},
                                    who="member.lingfeng"), 409, "/person_id")

        # Hours claimed by one member for another: 403 naming /person_id, nothing written.
        before = srv.last_event_seq()
        r = self.req("POST", "/api/v1/service-records",
                     {"post_id": post["id"], "person_id": S["staff_person"],
                      "served_on": today(), "hours": 2}, who="member.lingfeng")
        self.assertProblem(r, 403, "/person_id")
        # Staff cannot log a member's hours either: the member logs what they did.
        r = self.req("POST", "/api/v1/service-records",
                     {"post_id": post["id"], "person_id": S["member"], "served_on": today(),
                      "hours": 2})
        self.assertProblem(r, 403, "/person_id")
        self.assertProblem(self.req("POST", "/api/v1/service-records",
                                    {"post_id": post["id"], "served_on": today(), "hours": 0.1},
                                    who="member.lingfeng"), 400, "/hours")
        self.assertProblem(self.req("POST", "/api/v1/service-records",
                                    {"post_id": post["id"], "served_on": in_days(3),
                                     "hours": 1}, who="member.lingfeng"), 422, "/served_on")
        self.assertEqual(srv.last_event_seq(), before)

        rec = self.assertStatus(self.req("POST", "/api/v1/service-records",
                                         {"post_id": post["id"], "served_on": today(),
                                          "hours": 2.5, "note": "陪老人就医"},
                                         who="member.lingfeng"), 201)
        self.assertEqual(rec["status"], "logged")
        self.assertEqual(rec["hours"], 2.5)
        extra = self.assertStatus(self.req("POST", "/api/v1/service-records",
                                           {"post_id": post["id"], "served_on": today(),
                                            "hours": 1}, who="member.lingfeng"), 201)
        # The member cannot confirm their own hours; the community confirms or rejects.
        self.assertProblem(self.req("POST", f"/api/v1/service-records/{rec['id']}/confirm",
                                    who="member.lingfeng"), 403)
        self.assertEqual(self.assertStatus(
            self.req("POST", f"/api/v1/service-records/{rec['id']}/confirm"), 200)["status"],
            "confirmed")
        self.assertProblem(self.req("POST", f"/api/v1/service-records/{rec['id']}/confirm"), 409)
        self.assertEqual(self.assertStatus(
            self.req("POST", f"/api/v1/service-records/{extra['id']}/reject",
                     {"reason": "与上一条重复"}), 200)["status"], "rejected")

        # Figures: only the confirmed hours count, and each figure lists its rows.
        year = this_year()
        figs = self.assertStatus(self.req("GET", "/api/v1/report-in/figures",
                                          query={"area_id": lingfeng, "year": year}), 200)
        row = figs["communities"][0]
        self.assertEqual(row["community"]["id"], lingfeng)
        f = row["figures"]
        self.assertGreaterEqual(f["reported_in"], 1)
        self.assertGreaterEqual(f["confirmed"], 1)
        self.assertGreaterEqual(f["active"], 1)
        self.assertGreaterEqual(f["hours"], 2.5)
        behind = self.assertStatus(self.req("GET", f["links"]["hours"]), 200)
        self.assertEqual(behind["hours"], f["hours"])
        self.assertEqual(behind["total"], f["services"])
        behind = self.assertStatus(self.req("GET", f["links"]["confirmed"]), 200)
        self.assertEqual(behind["total"], f["confirmed"])
        self.assertIn(rid, [x["id"] for x in behind["items"]])
        self.assertProblem(self.req("GET", "/api/v1/report-in/figures",
                                    query={"area_id": lingfeng}, who="staff.dandonglu"), 404,
                           "?area_id")

        # Year end: the sheet is generated from the confirmed records, nothing typed twice.
        r = self.req("POST", "/api/v1/feedback-sheets/generate",
                     {"community_id": lingfeng, "year": year, "report_in_id": rid,
                      "evaluation": "积极参与<社区>服务"})
        gen = self.assertStatus(r, 200)
        sheet = gen["sheets"][0]
        self.assertEqual(sheet["status"], "draft")
        self.assertEqual((sheet["services"], sheet["hours"], sheet["posts"]), (1, 2.5, 1))
        self.assertEqual(sheet["lines"][0]["post_id"], post["id"])
        sid = sheet["id"]
        # A draft is the community's own; the unit sees the sheet once sent.
        self.assertProblem(self.req("GET", f"/api/v1/feedback-sheets/{sid}", who="rep"), 404)
        self.assertProblem(self.req("POST", f"/api/v1/feedback-sheets/{sid}/acknowledge", {},
                                    who="rep"), 404)
        sent = self.assertStatus(self.req("POST", f"/api/v1/feedback-sheets/{sid}/send"), 200)
        self.assertEqual(sent["status"], "sent")
        self.assertProblem(self.req("PATCH", f"/api/v1/feedback-sheets/{sid}",
                                    {"evaluation": "改"}), 409)
        listed = self.assertStatus(self.req("GET", "/api/v1/feedback-sheets", who="rep",
                                            query={"year": year}), 200)
        self.assertIn(sid, [x["id"] for x in listed["items"]])
        # Only the unit acknowledges, once; it may answer.
        self.assertProblem(self.req("POST", f"/api/v1/feedback-sheets/{sid}/acknowledge", {}),
                           403)
        ack = self.assertStatus(self.req("POST", f"/api/v1/feedback-sheets/{sid}/acknowledge",
                                         {"reply": "已收悉，<谢谢>社区"}, who="rep"), 200)
        self.assertEqual(ack["status"], "acknowledged")
        self.assertEqual(ack["reply"], "已收悉，<谢谢>社区")
        self.assertProblem(self.req("POST", f"/api/v1/feedback-sheets/{sid}/acknowledge", {},
                                    who="rep"), 409)
        page = self.req("GET", f"/api/v1/feedback-sheets/{sid}/sheet.html", who="rep")
        self.assertEqual(page.status, 200)
        self.assertTrue(page.content_type.startswith("text/html"), page)
        self.assertIn("社区表现情况反馈单", page.body)
        self.assertIn("&lt;谢谢&gt;", page.body)
        self.assertIn("&lt;社区&gt;", page.body)
        self.assertNotIn("<谢谢>", page.body)
        # The member sees their own sheet once sent.
        self.assertStatus(self.req("GET", f"/api/v1/feedback-sheets/{sid}",
                                   who="member.lingfeng"), 200)
        # Generating again leaves a sent sheet as it is.
        gen = self.assertStatus(self.req("POST", "/api/v1/feedback-sheets/generate",
                                         {"community_id": lingfeng, "year": year}), 200)
        self.assertIn(rid, [k["report_in_id"] for k in gen["skipped"]])

        figs = self.assertStatus(self.req("GET", "/api/v1/report-in/figures",
                                          query={"area_id": S["lingfeng"]["parent_id"],
                                                 "year": year}, who="sysadmin"), 200)
        f = next(c for c in figs["communities"] if c["community"]["id"] == lingfeng)["figures"]
        self.assertGreaterEqual(f["sheets_sent"], 1)
        self.assertGreaterEqual(f["sheets_acknowledged"], 1)
        behind = self.assertStatus(self.req("GET", f["links"]["sheets_acknowledged"]), 200)
        self.assertEqual(behind["total"], f["sheets_acknowledged"])

        # Every write is in the record.
        actions = [a for (a,) in srv.query_db(
            "SELECT action FROM events WHERE subject_kind = 'report_in' AND subject_id = ?"
            " ORDER BY seq", (rid,))]
        self.assertEqual(actions, ["report_in.submit", "report_in.confirm"])
        actions = [a for (a,) in srv.query_db(
            "SELECT action FROM events WHERE subject_kind = 'feedback_sheet' AND subject_id = ?"
            " ORDER BY seq", (sid,))]
        self.assertEqual(actions, ["feedback_sheet.generate", "feedback_sheet.send",
                                   "feedback_sheet.acknowledge"])
        self.assertEqual(srv.verify()[0], 0)


class ReportInRules(harness.ApiTestCase):
    def req(self, method, path, body=None, who="staff.lingfeng", **kw):
        token = T["rep"] if who == "rep" else T[who]
        return harness.shared().request(method, path, body, token=token, **kw)

    def test_unit_reports_in_as_a_whole(self):
        lingfeng = S["lingfeng"]["id"]
        r = self.req("POST", "/api/v1/report-ins",
                     {"kind": "unit", "unit_id": S["unit"]["id"], "community_id": lingfeng,
                      "note": "开放职工活动室"}, who="rep")
        ri = self.assertStatus(r, 201)
        self.assertIsNone(ri["member"])
        self.assertProblem(self.req("POST", "/api/v1/report-ins",
                                    {"kind": "unit", "unit_id": S["unit"]["id"],
                                     "community_id": lingfeng}, who="rep"), 409, "/unit_id")
        ri = self.assertStatus(self.req("POST", f"/api/v1/report-ins/{ri['id']}/confirm"), 200)
        receipt = self.assertStatus(self.req("GET", f"/api/v1/report-ins/{ri['id']}/receipt",
                                             who="rep"), 200)
        self.assertIsNone(receipt["member"])
        self.assertEqual(receipt["kind"], "unit")

    def test_bad_report_ins(self):
        # The rules of submitting (not a member, for somebody else, an unknown unit, a place that
        # is not a community) are the report-in commands' tests; here the body as HTTP reads it.
        unit = S["unit"]["id"]
        self.assertProblem(self.req("POST", "/api/v1/report-ins",
                                    {"kind": "unit", "unit_id": unit}, who="rep"),
                           400, "/community_id")
        self.assertProblem(self.req("POST", "/api/v1/report-ins",
                                    {"unit_id": unit, "colour": "red"}, who="member.lingfeng"),
                           400, "/colour")

    def new_member(self):
        srv = harness.shared()
        pid = srv.create_person(T["sysadmin"], area_id=S["lingfeng"]["id"])["id"]
        branch = srv.request("GET", "/api/v1/orgs", token=T["sysadmin"],
                             query={"area_id": S["lingfeng"]["id"], "kind": "branch"})
        org = branch.body["items"][0]["id"]
        self.assertStatus(srv.request("POST", f"/api/v1/orgs/{org}/members",
                                      {"person_id": pid, "status": "full"},
                                      token=T["sysadmin"]), 201)
        return pid

    def test_withdraw_before_confirmation(self):
        srv = harness.shared()
        # A unit's report-in: its rep withdraws it; nobody else may.
        unit_ri = self.assertStatus(self.req(
            "POST", "/api/v1/report-ins",
            {"kind": "unit", "unit_id": S["unit"]["id"],
             "community_id": S["dandonglu"]["id"]}, who="rep"), 201)
        rid = unit_ri["id"]
        self.assertProblem(self.req("POST", f"/api/v1/report-ins/{rid}/withdraw", {},
                                    who="staff.dandonglu"), 403)
        self.assertProblem(self.req("POST", f"/api/v1/report-ins/{rid}/withdraw", {"x": 1},
                                    who="rep"), 400, "/x")
        w = self.assertStatus(self.req("POST", f"/api/v1/report-ins/{rid}/withdraw", {},
                                        who="rep"),
                              200)
        self.assertEqual(w["status"], "withdrawn")
        # It stays on record as withdrawn, and is not withdrawn twice.
        got = self.assertStatus(self.req("GET", f"/api/v1/report-ins/{rid}", who="rep"), 200)
        self.assertEqual(got["status"], "withdrawn")
        listed = self.assertStatus(self.req("GET", "/api/v1/report-ins", who="rep",
                                            query={"status": "withdrawn"}), 200)
        self.assertIn(rid, [x["id"] for x in listed["items"]])
        self.assertProblem(self.req("POST", f"/api/v1/report-ins/{rid}/withdraw", {},
                                    who="rep"), 409)
        actions = [a for (a,) in srv.query_db(
            "SELECT action FROM events WHERE subject_kind = 'report_in' AND subject_id = ?"
            " ORDER BY seq", (rid,))]
        self.assertEqual(actions, ["report_in.submit", "report_in.withdraw"])
        # Withdrawn: the unit may report in again.
        again = self.assertStatus(self.req(
            "POST", "/api/v1/report-ins",
            {"kind": "unit", "unit_id": S["unit"]["id"],
             "community_id": S["dandonglu"]["id"]}, who="rep"), 201)
        self.assertStatus(self.req("POST", f"/api/v1/report-ins/{again['id']}/withdraw", {},
                                   who="rep"), 200)

    def test_member_withdraws_own_report_in_and_claim(self):
        srv = harness.shared()
        lingfeng = S["lingfeng"]["id"]
        me = S["member"]
        # The walk may already have confirmed the demo member's report-in; a fresh member is
        # reported in by staff and then acts through staff (claims) and the API rules.
        mine = self.assertStatus(self.req("GET", "/api/v1/report-ins", who="member.lingfeng",
                                          query={"person_id": me}), 200)
        open_ri = [x for x in mine["items"] if x["status"] in ("submitted", "confirmed")]
        if not open_ri:
            ri = self.assertStatus(self.req("POST", "/api/v1/report-ins",
                                            {"unit_id": S["unit"]["id"]},
                                            who="member.lingfeng"), 201)
            w = self.assertStatus(self.req("POST", f"/api/v1/report-ins/{ri['id']}/withdraw", {},
                                           who="member.lingfeng"), 200)
            self.assertEqual(w["status"], "withdrawn")
        # A claim withdrawn: by staff for a member, and the member may claim again.
        pid = self.new_member()
        ri = self.assertStatus(self.req("POST", "/api/v1/report-ins",
                                        {"unit_id": S["unit"]["id"], "person_id": pid}), 201)
        self.assertStatus(self.req("POST", f"/api/v1/report-ins/{ri['id']}/confirm"), 200)
        post = self.assertStatus(self.req("POST", "/api/v1/service-posts",
                                          {"community_id": lingfeng, "kind": "task",
                                           "title": harness.unique("清理楼道")}), 201)
        claimed = self.assertStatus(self.req("POST", f"/api/v1/service-posts/{post['id']}/claims",
                                             {"person_id": pid}), 201)
        self.assertEqual(claimed["claims"], 1)
        # Another community's staff cannot see it; a member cannot withdraw someone else's.
        self.assertProblem(self.req("DELETE", f"/api/v1/service-posts/{post['id']}/claims/{pid}",
                                    who="staff.dandonglu"), 404)
        self.assertProblem(self.req("DELETE", f"/api/v1/service-posts/{post['id']}/claims/{me}"),
                           404)
        left = self.assertStatus(self.req("DELETE",
                                          f"/api/v1/service-posts/{post['id']}/claims/{pid}"), 200)
        self.assertEqual(left["claims"], 0)
        self.assertProblem(self.req("DELETE", f"/api/v1/service-posts/{post['id']}/claims/{pid}"),
                           404)
        self.assertStatus(self.req("POST", f"/api/v1/service-posts/{post['id']}/claims",
                                   {"person_id": pid}), 201)
        actions = [a for (a,) in srv.query_db(
            "SELECT action FROM events WHERE subject_kind = 'service_post' AND subject_id = ?"
            " ORDER BY seq", (post["id"],))]
        self.assertEqual(actions, ["service_post.create", "service_post.claim",
                                   "service_post.unclaim", "service_post.claim"])

    def test_unit_registration(self):
        self.assertProblem(self.req("POST", "/api/v1/work-units",
                                    {"name": harness.unique("u"), "kind": "enterprise",
                                     "org_id": S["unit_org"]}, who="sysadmin"), 409, "/org_id")
        self.assertProblem(self.req("POST", "/api/v1/work-units",
                                    {"name": harness.unique("u"), "kind": "factory",
                                     "org_id": S["unit_org"]}, who="sysadmin"), 400, "/kind")
        # The committee sits in the subdistrict: beyond a community's staff.
        self.assertProblem(self.req("POST", "/api/v1/work-units",
                                    {"name": harness.unique("u"), "kind": "enterprise",
                                     "org_id": S["unit_org"]}), 404, "/org_id")
        units = self.assertStatus(self.req("GET", "/api/v1/work-units",
                                           who="member.lingfeng"), 200)
        self.assertIn(S["unit"]["id"], [u["id"] for u in units["items"]])


if __name__ == "__main__":
    unittest.main()
