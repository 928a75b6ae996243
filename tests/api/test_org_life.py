"""Org life (三会一课) and member appraisal: the plan, meetings with attendance and quorum,
coverage measured from the meetings, and the yearly appraisal. (The rules of recording a meeting,
attendance, quorum and the fields named, are the org-life commands' tests.)

Fixture: a system admin; the area tree of harness.create_tree; in grid a, a branch with a group.
The branch holds two full members and one probationary member itself; the group holds two full
members. Staff of community a and b, and a member-role login on the branch. Meetings are held
in the previous calendar year, which is over, so every period of it is owed.
"""

import datetime
import unittest

import harness

YEAR = datetime.date.today().year - 1


def day(month, d=10):
    return f"{YEAR}-{month:02d}-{d:02d}"


class OrgLifeTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        srv = cls.srv
        cls.admin = srv.login("admin")
        cls.t = srv.create_tree(cls.admin)
        grid = cls.t["grid_a"]["id"]
        cls.branch = cls.post_ok("/api/v1/orgs", {"kind": "branch", "name": harness.unique("branch"),
                                                   "area_id": grid})
        cls.group = cls.post_ok("/api/v1/orgs", {"kind": "group", "name": harness.unique("group"),
                                                  "area_id": grid,
                                                  "parent_id": cls.branch["id"]})
        cls.other_branch = cls.post_ok("/api/v1/orgs", {"kind": "branch",
                                                         "name": harness.unique("branch"),
                                                         "area_id": grid})
        cls.f1, cls.f2, cls.p1 = (cls.member(cls.branch, s) for s in ("full", "full",
                                                                       "probationary"))
        cls.g1, cls.g2 = (cls.member(cls.group, "full") for _ in range(2))
        cls.outsider = cls.member(cls.other_branch, "full")
        cls.nobody = srv.create_person(cls.admin, area_id=grid)["id"]
        srv.add_user("staff.a", "staff", area=cls.t["community_a"]["id"])
        srv.add_user("staff.b", "staff", area=cls.t["community_b"]["id"])
        srv.add_user("member.branch", "member", org=cls.branch["id"])
        cls.staff_a = srv.login("staff.a")
        cls.staff_b = srv.login("staff.b")
        cls.member_login = srv.login("member.branch")
        cls.walk_the_year()

    @classmethod
    def post_ok(cls, path, body):
        r = cls.srv.request("POST", path, body, token=cls.admin)
        if r.status != 201:
            raise AssertionError(f"POST {path} {body}: {r!r}")
        return r.body

    @classmethod
    def member(cls, org, status):
        p = cls.srv.create_person(cls.admin, area_id=cls.t["grid_a"]["id"])
        cls.post_ok(f"/api/v1/orgs/{org['id']}/members", {"person_id": p["id"], "status": status})
        return p["id"]

    @classmethod
    def meeting(cls, kind, held_on, present, org=None, token=None, **fields):
        """Records a meeting with `present` present (the others unlisted: absent)."""
        body = {"org_id": (org or cls.branch)["id"], "kind": kind, "held_on": held_on,
                "topic": f"{kind} {held_on}",
                "attendance": [{"person_id": p, "status": "present"} for p in present], **fields}
        return cls.srv.request("POST", "/api/v1/org-life/meetings", body,
                               token=token or cls.staff_a)

    @classmethod
    def walk_the_year(cls):
        """General meetings in Q1, Q2 and Q4; in Q3 only one short of its quorum. The first
        quarter is complete for everyone but f2, who missed its general meeting."""
        everyone = [cls.f1, cls.f2, cls.p1, cls.g1, cls.g2]
        cls.general = {}
        for q, month in ((1, 2), (2, 5), (4, 11)):
            present = [cls.f1, cls.p1, cls.g1, cls.g2] if q == 1 else everyone
            r = cls.meeting("general_meeting", day(month), present)
            assert r.status == 201, r
            cls.general[q] = r.body
        # 1 of 4 full members present (the probationary member does not count): no quorum.
        r = cls.meeting("general_meeting", day(8), [cls.f1, cls.p1])
        assert r.status == 201, r
        cls.general[3] = r.body
        r = cls.meeting("party_lecture", day(3), everyone, lecturer="书记")
        assert r.status == 201, r
        cls.lecture = r.body
        for month in (1, 2, 3):
            assert cls.meeting("theme_day", day(month, 20), everyone).status == 201
            assert cls.meeting("group_meeting", day(month, 15), [cls.g1, cls.g2],
                               org=cls.group).status == 201

    def plan(self, org=None, token=None, year=YEAR):
        r = self.srv.request("GET", f"/api/v1/orgs/{(org or self.branch)['id']}/org-life/plan",
                             token=token or self.staff_a, query={"year": year})
        return {k["kind"]: k for k in self.assertStatus(r, 200)["kinds"]}

    def coverage(self, token=None, **query):
        r = self.srv.request("GET", "/api/v1/org-life/coverage", token=token or self.staff_a,
                             query=query)
        return self.assertStatus(r, 200)

    # ----- the plan and a year of meetings ----------------------------------------------------

    def test_quorum_is_computed(self):
        q1, q3 = self.general[1], self.general[3]
        self.assertTrue(q1["valid"])
        self.assertEqual(q1["tally"]["voting_members"], 4)  # f1, f2, g1, g2; not p1
        self.assertEqual(q1["tally"]["voting_present"], 3)
        self.assertEqual(q1["tally"]["quorum"], 3)
        self.assertFalse(q3["valid"])
        self.assertEqual(q3["tally"]["voting_present"], 1)
        roll = {a["person"]["id"]: a for a in q1["attendance"]}
        self.assertEqual(set(roll), {self.f1, self.f2, self.p1, self.g1, self.g2})
        self.assertEqual(roll[self.f2]["status"], "absent")  # not listed: recorded absent
        self.assertFalse(roll[self.f2]["listed"])
        self.assertFalse(roll[self.p1]["voting"])

    def test_plan_shows_the_missed_quarter(self):
        plan = self.plan()
        self.assertEqual(set(plan), {"general_meeting", "party_lecture", "theme_day",
                                     "life_review", "member_appraisal"})  # no committee: 4 full
        general = {p["period"]: p for p in plan["general_meeting"]["periods"]}
        self.assertEqual(plan["general_meeting"]["months"], 3)
        self.assertEqual([general[f"{YEAR}-Q{q}"]["status"] for q in (1, 2, 3, 4)],
                         ["held", "held", "missed", "held"])
        self.assertEqual(general[f"{YEAR}-Q1"]["meeting_id"], self.general[1]["id"])
        self.assertEqual(general[f"{YEAR}-Q3"]["invalid_meetings"], [self.general[3]["id"]])
        self.assertIsNone(general[f"{YEAR}-Q3"]["meeting_id"])
        themes = plan["theme_day"]["periods"]
        self.assertEqual(len(themes), 12)
        self.assertEqual([p["status"] for p in themes[:4]], ["held", "held", "held", "missed"])
        group = self.plan(self.group)
        self.assertEqual(set(group), {"group_meeting"})

    def test_coverage_of_a_year(self):
        cov = self.coverage(org_id=self.branch["id"], **{"from": f"{YEAR}-01-01",
                                                         "to": f"{YEAR}-12-31"})
        orgs = {o["id"]: o for o in cov["organisations"]}
        self.assertEqual(set(orgs), {self.branch["id"], self.group["id"]})
        missed = {(m["kind"], m["period"]) for m in orgs[self.branch["id"]]["missed"]}
        self.assertIn(("general_meeting", f"{YEAR}-Q3"), missed)
        self.assertNotIn(("general_meeting", f"{YEAR}-Q1"), missed)
        self.assertIn(("theme_day", f"{YEAR}-12"), missed)
        members = {m["person"]["id"]: m for m in cov["members"]}
        f1 = members[self.f1]
        self.assertFalse(f1["complete"])
        self.assertIn({"org_id": self.branch["id"], "kind": "general_meeting",
                       "period": f"{YEAR}-Q3", "outcome": "not_held", "meeting_id": None},
                      f1["misses"])
        self.assertEqual(f1["missed"], f1["absent"] + f1["not_held"])
        self.assertEqual(f1["required"], f1["attended"] + f1["excused"] + f1["missed"])
        self.assertEqual(cov["share"]["complete"], 0)
        self.assertEqual(cov["share"]["measured"], 5)

    def test_coverage_of_the_first_quarter(self):
        cov = self.coverage(area_id=self.t["community_a"]["id"],
                            **{"from": f"{YEAR}-01-01", "to": f"{YEAR}-03-31"})
        members = {m["person"]["id"]: m for m in cov["members"]}
        self.assertTrue(members[self.f1]["complete"])
        self.assertTrue(members[self.g1]["complete"])
        # g1 owes the group's three meetings too: 1 general, 1 lecture, 3 theme days, 3 group.
        self.assertEqual(members[self.g1]["required"], 8)
        self.assertEqual(members[self.f1]["required"], 5)
        f2 = members[self.f2]
        self.assertFalse(f2["complete"])
        self.assertEqual(f2["absent"], 1)
        self.assertEqual(f2["misses"][0]["meeting_id"], self.general[1]["id"])
        share = cov["share"]
        self.assertEqual(sorted(share["incomplete_ids"]), sorted([self.f2, self.outsider]))
        self.assertEqual(sorted(share["complete_ids"]),
                         sorted([self.f1, self.p1, self.g1, self.g2]))
        # The other branch, in the same area, held nothing in the quarter.
        self.assertEqual(members[self.outsider]["not_held"], members[self.outsider]["required"])
        self.assertEqual(share["measured"], 6)
        self.assertEqual(share["complete"], 4)
        self.assertAlmostEqual(share["ratio"], 4 / 6)

    # ----- bad input ----------------------------------------------------------------------

    def test_who_may_record_and_read(self):
        r = self.meeting("theme_day", day(7), [self.f1], token=self.staff_b)
        self.assertProblem(r, 404, "/org_id")  # another community: not revealed
        r = self.meeting("theme_day", day(7), [self.f1], token=self.member_login)
        self.assertProblem(r, 403)  # a member reads, does not record
        mid = self.general[1]["id"]
        self.assertStatus(self.srv.request("GET", f"/api/v1/org-life/meetings/{mid}",
                                           token=self.member_login), 200)
        self.assertProblem(self.srv.request("GET", f"/api/v1/org-life/meetings/{mid}",
                                            token=self.staff_b), 404)
        r = self.srv.request("GET", "/api/v1/org-life/meetings", token=self.staff_b)
        self.assertEqual(self.assertStatus(r, 200)["total"], 0)
        r = self.srv.request("GET", "/api/v1/org-life/meetings", token=self.member_login,
                             query={"org_id": self.branch["id"], "kind": "general_meeting"})
        self.assertEqual(self.assertStatus(r, 200)["total"], 4)

    # ----- corrections ---------------------------------------------------------------------

    def test_correct_a_meeting(self):
        r = self.meeting("theme_day", day(7, 25), [self.f1])
        m = self.assertStatus(r, 201)
        before = self.srv.last_event_seq()
        r = self.srv.request("PATCH", f"/api/v1/org-life/meetings/{m['id']}",
                             {"topic": "corrected", "minutes": "第一项\n第二项",
                              "attendance": [{"person_id": self.f1, "status": "present"},
                                             {"person_id": self.f2, "status": "excused"}]},
                             token=self.staff_a)
        body = self.assertStatus(r, 200)
        self.assertEqual(body["topic"], "corrected")
        self.assertEqual(body["tally"]["excused"], 1)
        self.assertEqual(self.srv.last_event_seq(), before + 1)
        event = self.srv.query_db("SELECT action, summary FROM events WHERE seq = ?",
                                  (before + 1,))[0]
        self.assertEqual(event[0], "org_life.meeting.correct")
        self.assertIn('"to":"excused"', event[1].replace(" ", ""))
        r = self.srv.request("PATCH", f"/api/v1/org-life/meetings/{m['id']}",
                             {"attendance": [{"person_id": self.outsider, "status": "present"}]},
                             token=self.staff_a)
        self.assertProblem(r, 422, "/attendance/0/person_id")
        r = self.srv.request("PATCH", f"/api/v1/org-life/meetings/{m['id']}",
                             {"topic": "again"}, token=self.member_login)
        self.assertProblem(r, 403)

    # ----- appraisal -----------------------------------------------------------------------

    def test_appraisal(self):
        body = {"org_id": self.branch["id"], "year": YEAR, "held_on": day(12, 20),
                "results": [{"person_id": self.f1, "outcome": "excellent"},
                            {"person_id": self.f2, "outcome": "qualified"},
                            {"person_id": self.g1, "outcome": "qualified", "note": "按时参会"},
                            {"person_id": self.g2, "outcome": "basically_qualified"}]}
        bad = dict(body, results=[{"person_id": self.outsider, "outcome": "qualified"}])
        self.assertProblem(self.srv.request("POST", "/api/v1/org-life/appraisals", bad,
                                            token=self.staff_a), 422, "/results/0/person_id")
        r = self.srv.request("POST", "/api/v1/org-life/appraisals",
                             dict(body, org_id=self.group["id"]), token=self.staff_a)
        self.assertProblem(r, 422, "/org_id")
        r = self.srv.request("POST", "/api/v1/org-life/appraisals",
                             dict(body, held_on=f"{YEAR - 1}-12-20"), token=self.staff_a)
        self.assertProblem(r, 400, "/held_on")
        r = self.srv.request("POST", "/api/v1/org-life/appraisals",
                             dict(body, results=[{"person_id": self.f1, "outcome": "good"}]),
                             token=self.staff_a)
        self.assertProblem(r, 400, "/results/0/outcome")

        a = self.assertStatus(self.srv.request("POST", "/api/v1/org-life/appraisals", body,
                                               token=self.staff_a), 201)
        self.assertEqual(a["counts"], {"excellent": 1, "qualified": 2, "basically_qualified": 1,
                                       "unqualified": 0})
        outcomes = {x["person"]["id"]: x["outcome"] for x in a["results"]}
        self.assertEqual(outcomes[self.g2], "basically_qualified")
        r = self.srv.request("POST", "/api/v1/org-life/appraisals", body, token=self.staff_a)
        self.assertProblem(r, 409, "/year")

        # The appraisal is the year's member_appraisal meeting; the unappraised are absent.
        plan = self.plan()
        self.assertEqual(plan["member_appraisal"]["periods"][0]["meeting_id"], a["meeting_id"])
        self.assertEqual(plan["member_appraisal"]["periods"][0]["status"], "held")
        m = self.assertStatus(self.srv.request("GET", f"/api/v1/org-life/meetings/"
                                               f"{a['meeting_id']}", token=self.staff_a), 200)
        roll = {x["person"]["id"]: x["status"] for x in m["attendance"]}
        self.assertEqual(roll[self.p1], "absent")
        self.assertEqual(roll[self.f1], "present")
        r = self.srv.request("PATCH", f"/api/v1/org-life/meetings/{a['meeting_id']}",
                             {"attendance": []}, token=self.staff_a)
        self.assertProblem(r, 422, "/attendance")

        r = self.srv.request("GET", "/api/v1/org-life/appraisals", token=self.member_login,
                             query={"org_id": self.branch["id"], "year": YEAR})
        self.assertEqual([x["id"] for x in self.assertStatus(r, 200)["items"]], [a["id"]])
        self.assertProblem(self.srv.request("GET", f"/api/v1/org-life/appraisals/{a['id']}",
                                            token=self.staff_b), 404)

    def test_query_errors(self):
        for query, pointer in (({}, "?org_id"),
                               ({"org_id": self.branch["id"], "area_id": 1}, "?org_id"),
                               ({"org_id": self.branch["id"], "from": "2025-13-01"}, "?from"),
                               ({"org_id": self.branch["id"], "from": "2025-03-01",
                                 "to": "2025-01-01"}, "?to")):
            r = self.srv.request("GET", "/api/v1/org-life/coverage", token=self.staff_a,
                                 query=query)
            self.assertProblem(r, 400, pointer)
        r = self.srv.request("GET", "/api/v1/org-life/coverage", token=self.staff_b,
                             query={"org_id": self.branch["id"]})
        self.assertProblem(r, 404, "?org_id")
        r = self.srv.request("GET", f"/api/v1/orgs/{self.branch['id']}/org-life/plan",
                             token=self.staff_a, query={"year": "20x5"})
        self.assertProblem(r, 400, "?year")


if __name__ == "__main__":
    unittest.main()
