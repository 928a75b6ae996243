"""Appeals (诉求): intake, the flow of steps, clocks that go overdue and are raised, search.

Fixture: a subdistrict with two communities (a, b), each with a grid and a household; a branch in
community a with two members serving a duty zone on grid a (one of them with a login); staff of
each community, a grid worker of grid a, a subdistrict admin, and a resident of each household
with a login. Config: the default categories plus "test_fast" (accept in 1 s, resolve in 2 s)
so that a clock runs out within the test; follow_up_days 0 so an unrated appeal may be closed.
"""

import time
import unittest

import harness

DEFAULT_CATEGORIES = [
    {"code": "small_matter", "name": "小事急办", "accept_s": 300, "on_site_s": 600,
     "resolve_s": 1800},
    {"code": "urgent_safety", "name": "紧急安全", "accept_s": 600, "resolve_s": 3600,
     "suggest_first": "grid_worker"},
    {"code": "ordinary", "name": "一般诉求", "accept_s": 3600, "resolve_s": 86400},
    {"code": "test_fast", "name": "测试", "accept_s": 1, "resolve_s": 2},
]


class AppealsTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(
            users=[("admin", "system_admin")],
            config={"appeals": {"follow_up_days": 0, "categories": DEFAULT_CATEGORIES}})
        cls.addClassCleanup(cls.srv.close)
        srv = cls.srv
        cls.admin = srv.login("admin")
        t = cls.t = srv.create_tree(cls.admin)
        cls.house_a = srv.create_area(cls.admin, "household", parent=t["grid_a"]["id"])
        cls.house_b = srv.create_area(cls.admin, "household", parent=t["grid_b"]["id"])
        srv.add_user("staff.a", "staff", area=t["community_a"]["id"])
        srv.add_user("staff.b", "staff", area=t["community_b"]["id"])
        cls.grid_worker_id = srv.add_user("grid.a", "grid_worker", area=t["grid_a"]["id"])
        srv.add_user("sub.admin", "subdistrict_admin", area=t["subdistrict"]["id"])
        cls.res_a_id = srv.add_user("res.a", "resident", area=cls.house_a["id"], name="王秀英")
        cls.res_b_id = srv.add_user("res.b", "resident", area=cls.house_b["id"])
        r = srv.request("POST", "/api/v1/orgs",
                        {"kind": "branch", "name": harness.unique("branch"),
                         "area_id": t["community_a"]["id"]}, token=cls.admin)
        assert r.status == 201, r
        branch = r.body["id"]
        cls.member_id = srv.add_user("member.a", "member", org=branch)
        other = srv.create_person(cls.admin, area_id=t["grid_a"]["id"])["id"]
        for pid in (cls.member_id, other):
            r = srv.request("POST", f"/api/v1/orgs/{branch}/members",
                            {"person_id": pid, "status": "full"}, token=cls.admin)
            assert r.status == 201, r
        r = srv.request("POST", "/api/v1/duty-zones",
                        {"grid_id": t["grid_a"]["id"], "name": "一号责任区",
                         "member_ids": [cls.member_id, other]}, token=cls.admin)
        assert r.status == 201, r
        cls.other_member_id = other
        cls.staff_a = srv.login("staff.a")
        cls.staff_b = srv.login("staff.b")
        cls.grid_a = srv.login("grid.a")
        cls.sub = srv.login("sub.admin")
        cls.res_a = srv.login("res.a")
        cls.res_b = srv.login("res.b")
        cls.member = srv.login("member.a")

    # ----- helpers -------------------------------------------------------------------------

    def raise_online(self, token=None, category="ordinary", text="楼道灯坏了", **fields):
        body = {"channel": "online", "category": category, "description": text,
                "area_id": self.house_a["id"], **fields}
        return self.srv.request("POST", "/api/v1/appeals", body, token=token or self.res_a)

    def new_appeal(self, **kw):
        return self.assertStatus(self.raise_online(**kw), 201)

    def step(self, appeal_id, step, body=None, token=None):
        return self.srv.request("POST", f"/api/v1/appeals/{appeal_id}/{step}", body or {},
                                token=token or self.staff_a)

    def ok(self, appeal_id, step, body=None, token=None):
        return self.assertStatus(self.step(appeal_id, step, body, token), 200)

    def get(self, appeal_id, token=None):
        return self.srv.request("GET", f"/api/v1/appeals/{appeal_id}", token=token or self.staff_a)

    def dispatched(self, **kw):
        a = self.new_appeal(**kw)
        self.ok(a["id"], "accept")
        self.ok(a["id"], "dispatch", {"assignee_id": self.member_id, "note": "请尽快处理"})
        return a

    def resolved(self):
        a = self.dispatched()
        self.ok(a["id"], "take", token=self.member)
        self.ok(a["id"], "arrive", token=self.member)
        self.ok(a["id"], "resolve", {"result": "已更换灯泡"}, token=self.member)
        return a

    def events_by_people(self):
        """Events written by an account (the chain verified first). The scheduler's raises
        (actor NULL) are left out: another test's short clock may run out at any moment."""
        self.srv.event_count()
        return self.srv.query_db("SELECT count(*) FROM events WHERE actor_id IS NOT NULL")[0][0]

    def unchanged(self, appeal_id, before):
        after = self.assertStatus(self.get(appeal_id), 200)
        self.assertEqual(after["state"], before["state"])
        self.assertEqual(len(after["timeline"]), len(before["timeline"]))

    # ----- intake --------------------------------------------------------------------------

    def test_resident_raises_online_with_deadlines_and_timeline(self):
        before = self.events_by_people()
        a = self.new_appeal(text="小区门口路灯不亮\n已经三天了")
        self.assertEqual(a["state"], "received")
        self.assertEqual(a["resident"]["id"], self.res_a_id)
        self.assertEqual(a["place"]["grid_id"], self.t["grid_a"]["id"])
        self.assertIsNotNone(a["deadlines"]["accept_by"])
        self.assertIsNotNone(a["deadlines"]["resolve_by"])
        self.assertIsNone(a["deadlines"]["on_site_by"])
        self.assertEqual(self.events_by_people(), before + 1)
        v = self.assertStatus(self.get(a["id"], token=self.res_a), 200)
        self.assertEqual([s["step"] for s in v["timeline"]], ["raise"])
        # The event keeps no free text and no personal data.
        rows = self.srv.query_db("SELECT summary FROM events WHERE subject_kind = 'appeal'"
                                 " AND subject_id = ?", (a["id"],))
        self.assertTrue(rows)
        self.assertNotIn("路灯", str(rows))
        self.assertNotIn("王秀英", str(rows))

    def test_small_matter_has_an_on_site_clock(self):
        a = self.new_appeal(category="small_matter")
        self.assertIsNotNone(a["deadlines"]["on_site_by"])

    def test_worker_raises_for_a_resident_on_record_or_a_new_one_entered_once(self):
        r = self.srv.request("POST", "/api/v1/appeals",
                             {"channel": "hotline", "category": "ordinary",
                              "description": "水管漏水", "area_id": self.house_a["id"],
                              "resident_id": self.res_a_id}, token=self.staff_a)
        self.assertEqual(self.assertStatus(r, 201)["resident"]["id"], self.res_a_id)
        phone = "139" + str(int(time.time() * 1000))[-8:]
        body = {"channel": "desk", "category": "ordinary", "description": "噪音扰民",
                "area_id": self.house_a["id"], "resident": {"name": "李建国", "phone": phone}}
        first = self.assertStatus(self.srv.request("POST", "/api/v1/appeals", body,
                                                   token=self.staff_a), 201)
        second = self.assertStatus(self.srv.request("POST", "/api/v1/appeals", body,
                                                    token=self.grid_a), 201)
        self.assertEqual(first["resident"]["id"], second["resident"]["id"])
        self.assertNotEqual(first["resident"]["phone"], phone)  # masked
        self.assertNotIn(phone, str(self.srv.query_db("SELECT summary FROM events")))

    def test_a_point_with_its_grid(self):
        r = self.srv.request("POST", "/api/v1/appeals",
                             {"channel": "mailbox", "category": "ordinary", "description": "井盖缺失",
                              "point": {"lng": 111.55, "lat": 24.41,
                                        "grid_id": self.t["grid_a"]["id"]},
                              "resident_id": self.res_a_id}, token=self.staff_a)
        a = self.assertStatus(r, 201)
        self.assertEqual(a["place"]["point"], {"lng": 111.55, "lat": 24.41})
        self.assertEqual(a["place"]["grid_id"], self.t["grid_a"]["id"])

    def test_bad_intake(self):
        before = self.events_by_people()
        cases = [
            (self.raise_online(category="nope"), 400, "/category"),
            (self.raise_online(channel="hotline"), 422, "/channel"),
            (self.raise_online(area_id=self.house_b["id"]), 404, "/area_id"),
            (self.raise_online(area_id=self.t["subdistrict"]["id"]), 404, "/area_id"),
            (self.raise_online(text=""), 400, "/description"),
            (self.raise_online(urgency="very"), 400, "/urgency"),
            (self.raise_online(extra=1), 400, "/extra"),
            (self.srv.request("POST", "/api/v1/appeals",
                              {"channel": "desk", "category": "ordinary", "description": "x",
                               "area_id": self.house_b["id"], "resident_id": self.res_b_id},
                              token=self.staff_a), 404, "/area_id"),
            (self.srv.request("POST", "/api/v1/appeals",
                              {"channel": "desk", "category": "ordinary", "description": "x",
                               "area_id": self.house_a["id"], "resident_id": self.res_b_id},
                              token=self.staff_a), 404, "/resident_id"),
            (self.srv.request("POST", "/api/v1/appeals",
                              {"channel": "desk", "category": "ordinary", "description": "x",
                               "area_id": self.house_a["id"],
                               "resident": {"name": "张三", "phone": "12345"}},
                              token=self.staff_a), 400, "/resident/phone"),
            (self.srv.request("POST", "/api/v1/appeals",
                              {"channel": "desk", "category": "ordinary", "description": "x",
                               "point": {"lng": 1, "lat": 2,
                                         "grid_id": self.t["community_a"]["id"]},
                               "resident_id": self.res_a_id},
                              token=self.staff_a), 422, "/point/grid_id"),
        ]
        for reply, status, pointer in cases:
            with self.subTest(pointer=pointer, status=status):
                self.assertProblem(reply, status, pointer)
        self.assertEqual(self.events_by_people(), before)

    # ----- the flow ------------------------------------------------------------------------

    def test_on_time_path_to_closed(self):
        a = self.resolved()
        v = self.assertStatus(self.get(a["id"]), 200)
        self.assertEqual(v["state"], "resolved")
        self.assertFalse(v["overdue"])
        self.ok(a["id"], "follow_up", {"rating": "satisfied"}, token=self.res_a)
        c = self.ok(a["id"], "close")
        self.assertEqual(c["state"], "closed")
        self.assertEqual(c["rating"], "satisfied")
        v = self.assertStatus(self.get(a["id"], token=self.res_a), 200)
        self.assertEqual([s["step"] for s in v["timeline"]],
                         ["raise", "accept", "dispatch", "take", "arrive", "resolve",
                          "follow_up", "close"])
        resolve = v["timeline"][5]
        self.assertEqual(resolve["note"], "已更换灯泡")
        self.assertEqual(resolve["actor"], "member.a")
        self.assertEqual(self.srv.query_db(
            "SELECT count(*) FROM appeal_deadlines WHERE appeal_id = ?", (a["id"],))[0][0], 0)
        # The assignee sees it among theirs.
        mine = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.member,
                                                  query={"assignee": "me"}), 200)
        self.assertIn(a["id"], [i["id"] for i in mine["items"]])

    def test_suggestions_list_the_grid_members_and_worker_with_reasons(self):
        a = self.new_appeal()
        s = self.assertStatus(self.srv.request("GET", f"/api/v1/appeals/{a['id']}/suggestions",
                                               token=self.staff_a), 200)["items"]
        self.assertEqual([i["role"] for i in s],
                         ["duty_zone_member", "duty_zone_member", "grid_worker"])
        self.assertEqual({i["assignee_id"] for i in s},
                         {self.member_id, self.other_member_id, self.grid_worker_id})
        self.assertTrue(all(i["reason"] for i in s))
        urgent = self.new_appeal(category="urgent_safety")
        s = self.assertStatus(self.srv.request(
            "GET", f"/api/v1/appeals/{urgent['id']}/suggestions", token=self.staff_a), 200)
        self.assertEqual(s["items"][0]["role"], "grid_worker")
        self.assertProblem(self.srv.request("GET", f"/api/v1/appeals/{a['id']}/suggestions",
                                            token=self.res_a), 403)

    def test_out_of_order_double_and_wrong_party_change_nothing(self):
        a = self.new_appeal()
        i = a["id"]
        before_events = self.events_by_people()
        v = self.assertStatus(self.get(i), 200)
        p = self.assertProblem(self.step(i, "resolve", {"result": "x"}), 409)
        self.assertIn("received", p["detail"])
        self.unchanged(i, v)
        self.ok(i, "accept")
        v = self.assertStatus(self.get(i), 200)
        self.assertProblem(self.step(i, "accept"), 409)  # a second submission
        # Not yet dispatched to the member: they cannot see it at all.
        self.assertProblem(self.step(i, "take", token=self.member), 404)
        self.assertProblem(self.step(i, "dispatch", {"assignee_id": self.res_b_id}), 422,
                           "/assignee_id")
        self.assertProblem(self.step(i, "dispatch", {"assignee_id": self.member_id,
                                                     "due_at": "2020-01-01T00:00:00+08:00"}),
                           422, "/due_at")
        self.assertProblem(self.step(i, "dispatch", {"assignee_id": self.member_id,
                                                     "due_at": "tomorrow"}), 400, "/due_at")
        self.unchanged(i, v)
        self.ok(i, "dispatch", {"assignee_id": self.member_id})
        self.assertProblem(self.step(i, "dispatch", {"assignee_id": self.member_id}), 409)
        self.assertProblem(self.step(i, "take", token=self.grid_a), 422)  # not the assignee
        self.ok(i, "take", token=self.member)
        self.assertProblem(self.step(i, "take", token=self.member), 409)
        self.ok(i, "resolve", {"result": "已处理"}, token=self.member)
        v = self.assertStatus(self.get(i), 200)
        self.assertProblem(self.step(i, "follow_up", {"rating": "satisfied"}, token=self.staff_a),
                           422)  # only the resident rates
        self.assertProblem(self.step(i, "follow_up", {"rating": "great"}, token=self.res_a), 400,
                           "/rating")
        self.assertProblem(self.step(i, "resolve", {}, token=self.member), 400, "/result")
        self.unchanged(i, v)
        # Another community's staff and another resident cannot even see it.
        self.assertProblem(self.step(i, "close", token=self.staff_b), 404)
        self.assertProblem(self.get(i, token=self.res_b), 404)
        self.assertProblem(self.step(i, "follow_up", {"rating": "satisfied"}, token=self.res_b),
                           404)
        self.assertEqual(self.events_by_people(), before_events + 4)

    def test_reopened_after_a_bad_rating(self):
        a = self.resolved()
        r = self.ok(a["id"], "follow_up", {"rating": "not_satisfied", "note": "灯还是不亮"},
                    token=self.res_a)
        self.assertEqual(r["state"], "accepted")
        self.assertEqual(r["reopened"], 1)
        self.assertIsNotNone(r["deadlines"]["resolve_by"])
        v = self.assertStatus(self.get(a["id"]), 200)
        self.assertEqual([s["step"] for s in v["timeline"]][-2:], ["follow_up", "reopen"])
        self.assertEqual(v["timeline"][-1]["actor"], "system")
        self.assertTrue(v["timeline"][-1]["reason"])
        self.ok(a["id"], "dispatch", {"assignee_id": self.grid_worker_id})
        self.ok(a["id"], "take", token=self.grid_a)
        self.ok(a["id"], "resolve", {"result": "更换了线路"}, token=self.grid_a)
        self.ok(a["id"], "follow_up", {"rating": "basically_satisfied"}, token=self.res_a)
        self.assertEqual(self.ok(a["id"], "close")["state"], "closed")

    def test_close_unrated_after_the_follow_up_window(self):
        a = self.resolved()
        c = self.ok(a["id"], "close")  # follow_up_days is 0 in this fixture
        self.assertEqual(c["state"], "closed")
        v = self.assertStatus(self.get(a["id"]), 200)
        self.assertIn("did not rate", v["timeline"][-1]["reason"])

    def test_escalated_lands_in_the_subdistrict_queue(self):
        a = self.dispatched()
        self.assertProblem(self.step(a["id"], "escalate", {"to": "subdistrict"}), 400, "/reason")
        e = self.ok(a["id"], "escalate", {"to": "subdistrict", "reason": "涉及多个社区,需街道协调"})
        self.assertEqual(e["state"], "escalated")
        self.assertEqual(e["escalated_to"], "subdistrict")
        q = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.sub,
                                               query={"state": "escalated"}), 200)
        self.assertIn(a["id"], [i["id"] for i in q["items"]])
        # Now the subdistrict's: community staff cannot dispatch it; the subdistrict can.
        self.assertProblem(self.step(a["id"], "dispatch", {"assignee_id": self.grid_worker_id}),
                           403)
        self.ok(a["id"], "dispatch", {"assignee_id": self.grid_worker_id}, token=self.sub)
        self.ok(a["id"], "take", token=self.grid_a)
        self.assertEqual(self.ok(a["id"], "resolve", {"result": "街道协调解决"},
                                 token=self.grid_a)["state"], "resolved")
        d = self.dispatched()
        self.assertProblem(self.step(d["id"], "escalate", {"to": "department", "reason": "r"}),
                           400, "/department")
        e = self.ok(d["id"], "escalate", {"to": "department", "department": "区住建局",
                                          "reason": "房屋质量问题"})
        self.assertEqual(e["escalated_to"], "区住建局")

    def test_referred_and_closed_unresolved_are_distinct_final_states(self):
        a = self.new_appeal()
        self.assertProblem(self.step(a["id"], "refer", {"to": "供电公司"}), 400, "/reason")
        r = self.ok(a["id"], "refer", {"to": "供电公司", "reason": "属供电公司产权,已转交"})
        self.assertEqual((r["state"], r["referred_to"]), ("referred", "供电公司"))
        v = self.assertStatus(self.get(a["id"], token=self.res_a), 200)
        self.assertEqual(v["timeline"][-1]["reason"], "属供电公司产权,已转交")
        self.assertProblem(self.step(a["id"], "accept"), 409)
        b = self.dispatched()
        c = self.ok(b["id"], "close_unresolved", {"reason": "诉求超出政策范围,已向居民解释"})
        self.assertEqual(c["state"], "closed_unresolved")
        self.assertProblem(self.step(b["id"], "close_unresolved", {"reason": "again"}), 409)

    def test_merged_follows_the_other(self):
        first = self.new_appeal(text="三号楼电梯停运")
        dup = self.new_appeal(token=self.res_a, text="电梯坏了")
        self.assertProblem(self.step(dup["id"], "merge", {"into": dup["id"]}), 422, "/into")
        self.assertProblem(self.step(dup["id"], "merge", {"into": 999999}), 404, "/into")
        m = self.ok(dup["id"], "merge", {"into": first["id"]})
        self.assertEqual((m["state"], m["merged_into"]), ("merged", first["id"]))
        v = self.assertStatus(self.get(dup["id"], token=self.res_a), 200)
        self.assertEqual(v["follows"], {"id": first["id"], "state": "received"})
        self.assertTrue(v["timeline"][-1]["reason"])
        self.ok(first["id"], "accept")
        v = self.assertStatus(self.get(dup["id"], token=self.res_a), 200)
        self.assertEqual(v["follows"]["state"], "accepted")
        closed = self.new_appeal()
        self.ok(closed["id"], "close_unresolved", {"reason": "重复"})
        other = self.new_appeal()
        self.assertProblem(self.step(other["id"], "merge", {"into": closed["id"]}), 422, "/into")

    # ----- clocks --------------------------------------------------------------------------

    def wait_overdue(self, appeal_id, kinds, timeout=6.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            v = self.assertStatus(self.get(appeal_id), 200)
            if {s["kind"] for s in v["supervisions"]} >= set(kinds):
                return v
            time.sleep(0.2)
        self.fail(f"appeal {appeal_id} did not go overdue ({kinds}): {v}")

    def test_overdue_is_raised_to_the_subdistrict_once(self):
        a = self.new_appeal(category="test_fast")
        v = self.wait_overdue(a["id"], ["accept", "resolve"])
        self.assertTrue(v["overdue"])
        self.assertTrue(all(s["level_area_id"] == self.t["subdistrict"]["id"]
                            for s in v["supervisions"]))
        sup = [s for s in v["timeline"] if s["step"] == "supervise"]
        self.assertEqual(len(sup), 2)
        self.assertTrue(all(s["actor"] == "system" and s["reason"] for s in sup))
        q = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.sub,
                                               query={"supervised": "true", "per_page": 200}),
                              200)
        self.assertIn(a["id"], [i["id"] for i in q["items"]])
        q = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.staff_a,
                                               query={"overdue": "true", "per_page": 200}), 200)
        self.assertIn(a["id"], [i["id"] for i in q["items"]])
        rows = self.srv.query_db("SELECT actor_label FROM events WHERE action = 'appeal.overdue'"
                                 " AND subject_id = ?", (a["id"],))
        self.assertEqual([r[0] for r in rows], ["system", "system"])
        # Meeting a deadline late records nothing twice.
        self.ok(a["id"], "accept")
        time.sleep(0.5)
        v = self.assertStatus(self.get(a["id"]), 200)
        self.assertEqual(len(v["supervisions"]), 2)

    def test_late_step_before_the_scheduler_still_counts_as_overdue(self):
        a = self.new_appeal(category="test_fast")
        time.sleep(1.2)
        self.ok(a["id"], "accept")  # whoever comes first, the miss is raised exactly once
        v = self.wait_overdue(a["id"], ["accept"])
        self.assertEqual([s["kind"] for s in v["supervisions"]].count("accept"), 1)

    def test_on_time_steps_are_not_overdue(self):
        a = self.new_appeal(category="ordinary")
        self.ok(a["id"], "accept")
        v = self.assertStatus(self.get(a["id"]), 200)
        self.assertFalse(v["overdue"])
        self.assertEqual(v["supervisions"], [])

    # ----- lists and search ----------------------------------------------------------------

    def test_list_scope_filters_and_paging(self):
        mine = self.new_appeal(token=self.res_b, text="B社区的诉求",
                               area_id=self.house_b["id"])
        own = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.res_b), 200)
        self.assertEqual({i["resident"]["id"] for i in own["items"]}, {self.res_b_id})
        a_list = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.staff_a,
                                                    query={"per_page": 200}), 200)
        self.assertNotIn(mine["id"], [i["id"] for i in a_list["items"]])
        sub = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.sub,
                                                 query={"area_id": self.t["community_b"]["id"]}),
                                200)
        self.assertIn(mine["id"], [i["id"] for i in sub["items"]])
        p = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.staff_a,
                                               query={"per_page": 1, "page": 2}), 200)
        self.assertEqual(len(p["items"]), 1)
        today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))
        d = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.res_b,
                                               query={"from": today, "to": today}), 200)
        self.assertIn(mine["id"], [i["id"] for i in d["items"]])
        d = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.res_b,
                                               query={"to": "2020-01-01"}), 200)
        self.assertEqual(d["total"], 0)
        for query, pointer in [({"state": "nope"}, "?state"), ({"from": "2020-13-01"}, "?from"),
                               ({"assignee": "you"}, "?assignee"), ({"bogus": "1"}, "?bogus"),
                               ({"overdue": "yes"}, "?overdue")]:
            self.assertProblem(self.srv.request("GET", "/api/v1/appeals", token=self.staff_a,
                                                query=query), 400, pointer)
        self.assertProblem(self.srv.request("GET", "/api/v1/appeals", token=self.staff_a,
                                            query={"area_id": self.t["community_b"]["id"]}),
                           404, "?area_id")

    def test_chinese_search_of_one_two_and_more_characters(self):
        a = self.new_appeal(text="垃圾桶满了没人清运")
        b = self.new_appeal(text="楼下停车位被占用")

        def search_finds_each():
            for q, hit, miss in [("垃圾桶满", a, b), ("清运", a, b), ("车", b, a),
                                 ("停车位被占", b, a)]:
                with self.subTest(q=q):
                    r = self.assertStatus(self.srv.request(
                        "GET", "/api/v1/appeals", token=self.staff_a,
                        query={"q": q, "per_page": 200}), 200)
                    ids = [i["id"] for i in r["items"]]
                    self.assertIn(hit["id"], ids)
                    self.assertNotIn(miss["id"], ids)
                    self.assertEqual(len(ids), len(set(ids)))

        search_finds_each()  # at once, whether the index has them yet or not
        # The index is written behind the intake; once it holds both, the same answers.
        deadline = time.time() + 10
        while self.srv.query_db("SELECT coalesce(max(rowid), 0) FROM appeals_fts")[0][0] < b["id"]:
            self.assertLess(time.time(), deadline, "the search index did not catch up")
            time.sleep(0.05)
        search_finds_each()
        r = self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=self.staff_a,
                                               query={"q": '"%_'}), 200)
        self.assertEqual(r["total"], 0)


class AppealClocksRestartTest(harness.ApiTestCase):
    """The clocks are rows: a deadline that passes while the server is down is raised on start."""

    def test_clock_survives_a_restart(self):
        srv = harness.Server(users=[("admin", "system_admin")],
                             config={"appeals": {"categories": [
                                 {"code": "test_fast", "name": "测试", "accept_s": 2,
                                  "resolve_s": 600}]}})
        self.addCleanup(srv.close)
        admin = srv.login("admin")
        t = srv.create_tree(admin)
        person = srv.create_person(admin, area_id=t["grid_a"]["id"])
        r = srv.request("POST", "/api/v1/appeals",
                        {"channel": "hotline", "category": "test_fast", "description": "测试",
                         "area_id": t["grid_a"]["id"], "resident_id": person["id"]}, token=admin)
        a = self.assertStatus(r, 201)
        srv.stop()
        time.sleep(2.5)
        srv.restart()
        deadline = time.time() + 5
        while time.time() < deadline:
            v = self.assertStatus(srv.request("GET", f"/api/v1/appeals/{a['id']}", token=admin),
                                  200)
            if v["supervisions"]:
                break
            time.sleep(0.2)
        self.assertEqual([s["kind"] for s in v["supervisions"]], ["accept"])
        self.assertIsNotNone(v["deadlines"]["resolve_by"])
        code, out = srv.verify()
        self.assertEqual(code, 0, out)


class CommunityQueueTest(harness.ApiTestCase):
    """The queue of a community's staff: newest first over the community's grids and the
    community itself, its total from the community's kept count (exactly the appeals placed in
    its paths), filters counted from the rows, and the staff's own appeal outside it listed."""

    @classmethod
    def setUpClass(cls):
        srv = cls.srv = harness.Server(users=[("admin", "system_admin")],
                                       config={"appeals": {"categories": DEFAULT_CATEGORIES}})
        cls.addClassCleanup(srv.close)
        admin = cls.admin = srv.login("admin")
        t = cls.t = srv.create_tree(admin)
        cls.grid_a2 = srv.create_area(admin, "grid", parent=t["community_a"]["id"])
        house_b = srv.create_area(admin, "household", parent=t["grid_b"]["id"])
        cls.staff_id = srv.add_user("q.staff.a", "staff", area=t["community_a"]["id"])
        srv.add_user("q.staff.b", "staff", area=t["community_b"]["id"])
        srv.add_user("q.sub", "subdistrict_admin", area=t["subdistrict"]["id"])
        # Also a grid worker of a grid of their community (adds nothing to what they see) and a
        # resident of community b, where they raise their own appeal.
        for role, area in [("grid_worker", t["grid_a"]["id"]), ("resident", house_b["id"])]:
            r = srv.request("POST", "/api/v1/role-grants",
                            {"person_id": cls.staff_id, "role": role, "area_id": area},
                            token=admin)
            assert r.status == 201, r
        cls.staff_a = srv.login("q.staff.a")
        cls.staff_b = srv.login("q.staff.b")
        cls.sub = srv.login("q.sub")
        resident_a = srv.create_person(admin, area_id=t["grid_a"]["id"])["id"]
        resident_b = srv.create_person(admin, area_id=t["grid_b"]["id"])["id"]
        places = [(t["grid_a"]["id"], cls.staff_a, resident_a),
                  (cls.grid_a2["id"], cls.staff_a, resident_a),
                  (t["community_a"]["id"], cls.staff_a, resident_a),
                  (t["grid_b"]["id"], cls.staff_b, resident_b)]
        for i in range(10):
            area, token, resident = places[i % len(places)]
            r = srv.request("POST", "/api/v1/appeals",
                            {"channel": "desk", "category": "ordinary" if i % 3 else "small_matter",
                             "description": f"诉求{i}", "area_id": area, "resident_id": resident},
                            token=token)
            assert r.status == 201, r
        r = srv.request("POST", "/api/v1/appeals",
                        {"channel": "online", "category": "ordinary", "description": "自己的诉求",
                         "area_id": house_b["id"]}, token=cls.staff_a)
        assert r.status == 201, r
        cls.own = r.body["id"]

    def placed_in(self, area):
        path = area["path"]
        end = path[:-1] + chr(ord(path[-1]) + 1)
        return [r[0] for r in self.srv.query_db(
            "SELECT id FROM appeals WHERE area_path >= ? AND area_path < ? ORDER BY id DESC",
            (path, end))]

    def queue(self, token, **query):
        return self.assertStatus(self.srv.request("GET", "/api/v1/appeals", token=token,
                                                  query=query), 200)

    def assertPagesAre(self, token, expected, per_page=3):
        """The queue's pages of `per_page`, read one after another, are `expected`, and each
        gives its whole total."""
        paged = []
        for page in range(1, len(expected) // per_page + 2):
            p = self.queue(token, per_page=per_page, page=page)
            self.assertEqual(p["total"], len(expected))
            paged += [i["id"] for i in p["items"]]
        self.assertEqual(paged, expected)

    def test_total_and_order_across_the_grids_and_the_community_with_their_own_outside(self):
        in_a = self.placed_in(self.t["community_a"])
        self.assertEqual(len(in_a), 8)  # 3 + 3 + 2 of the 10, over two grids and the community
        expected = sorted(in_a + [self.own], reverse=True)
        whole = self.queue(self.staff_a, per_page=200)
        self.assertEqual([i["id"] for i in whole["items"]], expected)
        self.assertEqual(whole["total"], len(expected))
        self.assertPagesAre(self.staff_a, expected)
        in_b = self.placed_in(self.t["community_b"])
        b = self.queue(self.staff_b, per_page=2)
        self.assertEqual(b["total"], len(in_b))
        self.assertEqual([i["id"] for i in b["items"]], in_b[:2])

    def test_a_subdistrict_total_is_its_communities_kept_counts(self):
        in_sub = self.placed_in(self.t["subdistrict"])
        self.assertEqual(len(in_sub), 11)  # the 10 and the staff's own, in community b
        whole = self.queue(self.sub, per_page=4)
        self.assertEqual(whole["total"], len(in_sub))
        self.assertEqual([i["id"] for i in whole["items"]], in_sub[:4])
        # Its pages: each community's newest merged, newest first, across both communities.
        self.assertPagesAre(self.sub, in_sub)
        stored = self.srv.query_db(
            "SELECT sum(appeals) FROM appeal_community_counts WHERE community_path IN (?, ?)",
            (self.t["community_a"]["path"], self.t["community_b"]["path"]))
        self.assertEqual(stored, [(len(in_sub),)])
        # Filtered, it counts the rows.
        r = self.queue(self.sub, category="small_matter", per_page=200)
        self.assertEqual(r["total"], len(r["items"]))

    def test_filtered_totals_count_the_rows(self):
        small = [r[0] for r in self.srv.query_db(
            "SELECT id FROM appeals WHERE category = 'small_matter' ORDER BY id DESC")]
        in_a = set(self.placed_in(self.t["community_a"]))
        r = self.queue(self.staff_a, category="small_matter", per_page=200)
        self.assertEqual([i["id"] for i in r["items"]], [i for i in small if i in in_a])
        self.assertEqual(r["total"], len(r["items"]))
        r = self.queue(self.staff_a, area_id=self.grid_a2["id"], per_page=1)
        self.assertEqual(r["total"], len(self.placed_in(self.grid_a2)))
        r = self.queue(self.staff_a, state="received", per_page=200)
        self.assertEqual(r["total"], 9)

    def test_kept_counts_match_the_appeals_and_verify_rechecks_them(self):
        for side in ("a", "b"):
            c = self.t[f"community_{side}"]
            stored = self.srv.query_db(
                "SELECT appeals FROM appeal_community_counts WHERE community_path = ?",
                (c["path"],))
            self.assertEqual(stored, [(len(self.placed_in(c)),)])
            marked = self.srv.query_db(
                "SELECT count(*) FROM appeals WHERE community_path = ?", (c["path"],))
            self.assertEqual(marked, stored)
        code, out = self.srv.verify()
        self.assertEqual(code, 0, out)
        self.assertIn("appeal counts of the communities match their appeals", out)


if __name__ == "__main__":
    unittest.main()
