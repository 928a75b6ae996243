"""Open311 GeoReport v2 at /open311/v2/ (http://wiki.open311.org/GeoReport_v2): the spec's own
example requests, sent as written there but for the format (.json: this server offers JSON
only), and the shape of the answers; no personal data in any answer; API keys issued and
revoked on the command line, never logged.

Fixture: a tree with community a, its grid a (with an outline) and a household; staff of
community a; one client key.
"""

import json
import urllib.parse

import harness

SPEC_POST = (  # the POST example of the spec, as written there
    "api_key=xyz&jurisdiction_id=city.gov&service_code=001&lat=37.76524078&long=-122.4212043"
    "&address_string=1234+5th+street&email=smit222%40sfgov.edu&device_id=tt222111"
    "&account_id=123456&first_name=john&last_name=smith&phone=111111111"
    "&description=A+large+sinkhole+is+destroying+the+street"
    "&media_url=http%3A%2F%2Fwww.cityofchicago.org%2Fcontent%2Fdam%2Fcity%2Fdepts%2Fcdot%2F"
    "streetlights%2F2011%2Fmay%2Fstreetlight.jpg&attribute[WHISPAWN]=123456"
    "&attribute[WHISDCCN]=ea65cb33-de11-4a95-bfd6-f4df4c2c3b9e")
REQUEST_FIELDS = {"service_request_id", "status", "status_notes", "service_name", "service_code",
                  "description", "agency_responsible", "service_notice", "requested_datetime",
                  "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
                  "lat", "long", "media_url"}
SQUARE = {"type": "Polygon",
          "coordinates": [[[111.5, 24.4], [111.6, 24.4], [111.6, 24.5], [111.5, 24.5],
                           [111.5, 24.4]]]}


class Open311Test(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        srv = cls.srv
        cls.admin = srv.login("admin")
        t = cls.t = srv.create_tree(cls.admin)
        r = srv.request("PATCH", f"/api/v1/areas/{t['grid_a']['id']}", {"geometry": SQUARE},
                        token=cls.admin)
        assert r.status == 200, r
        cls.house = srv.create_area(cls.admin, "household", parent=t["grid_a"]["id"])
        srv.add_user("staff.a", "staff", area=t["community_a"]["id"])
        cls.staff = srv.login("staff.a")
        out = srv.cli("open311", "key", "add", "city-app").stdout
        cls.key = out.strip().split()[-1]
        assert cls.key.startswith("o311_"), out

    def get(self, path, **query):
        return self.srv.request("GET", "/open311/v2/" + path, query=query or None)

    def post(self, body, ctype="application/x-www-form-urlencoded"):
        return self.srv.request("POST", "/open311/v2/requests.json", raw=body.encode(),
                                headers={"Content-Type": ctype})

    def form(self, **fields):
        return urllib.parse.urlencode({"api_key": self.key, **fields})

    def assertSpecError(self, reply, status, field):
        self.assertEqual(reply.status, status, repr(reply))
        self.assertTrue(reply.content_type.startswith("application/json"), repr(reply))
        self.assertIsInstance(reply.body, list, repr(reply))
        self.assertEqual(reply.body[0]["code"], status)
        self.assertTrue(reply.body[0]["description"].startswith(field), repr(reply))

    def raise_one(self, **fields):
        body = {"service_code": "small_matter", "address_id": self.t["grid_a"]["id"],
                "description": "路灯不亮", **fields}
        r = self.post(self.form(**body))
        return self.assertStatus(r, 201)[0]

    def test_discovery_and_services(self):
        d = self.assertStatus(self.get("discovery.json"), 200)
        self.assertEqual(d["endpoints"][0]["formats"], ["application/json"])
        services = self.assertStatus(self.get("services.json", jurisdiction_id="city.gov"), 200)
        self.assertEqual({s["service_code"] for s in services},
                         {"small_matter", "urgent_safety", "utilities", "ordinary", "complex"})
        for s in services:
            self.assertEqual(set(s), {"service_code", "service_name", "description", "metadata",
                                      "type", "keywords", "group"})
            self.assertIs(s["metadata"], False)
        d = self.assertStatus(self.get("services/utilities.json", jurisdiction_id="city.gov"), 200)
        self.assertEqual(d, {"service_code": "utilities", "attributes": []})
        # The spec's example code 033 is no service here.
        self.assertSpecError(self.get("services/033.json", jurisdiction_id="city.gov"), 404,
                             "service_code")
        self.assertSpecError(self.get("services.xml", jurisdiction_id="city.gov"), 404, "format")

    def test_spec_post_example(self):
        # As written in the spec: the key xyz is no key of this server.
        self.assertSpecError(self.post(SPEC_POST), 403, "api_key")
        ours = SPEC_POST.replace("api_key=xyz", "api_key=" + self.key)
        self.assertSpecError(self.post(ours), 400, "service_code")  # 001: no such service
        ours = ours.replace("service_code=001", "service_code=small_matter")
        self.assertSpecError(self.post(ours), 400, "phone")  # 111111111 is no mobile number
        ours = ours.replace("phone=111111111", "phone=13800138000")
        # The example's point lies in San Francisco, inside no grid of this server.
        self.assertSpecError(self.post(ours), 400, "lat")
        ours = ours.replace("lat=37.76524078&long=-122.4212043", "lat=24.45&long=111.55")
        out = self.assertStatus(self.post(ours), 201)
        self.assertEqual(set(out[0]), {"service_request_id", "token", "service_notice",
                                       "account_id"})
        rid = out[0]["service_request_id"]
        got = self.assertStatus(self.get(f"requests/{rid}.json", jurisdiction_id="city.gov"), 200)
        self.assertEqual(len(got), 1)
        req = got[0]
        self.assertEqual(set(req), REQUEST_FIELDS)
        self.assertEqual(req["status"], "open")
        self.assertEqual(req["service_code"], "small_matter")
        self.assertEqual((req["lat"], req["long"]), (24.45, 111.55))
        self.assertIn("1234 5th street", req["description"])
        self.assertEqual(req["address_id"], str(self.t["grid_a"]["id"]))
        self.assertTrue(req["expected_datetime"])
        # No personal data: the name and phone of the example are nowhere in the answer.
        text = json.dumps(got, ensure_ascii=False)
        for secret in ("smith", "john", "13800138000", "smit222"):
            self.assertNotIn(secret, text)
        # The token answers with the id.
        tok = self.assertStatus(self.get(f"tokens/{out[0]['token']}.json"), 200)
        self.assertEqual(tok, [{"service_request_id": rid, "token": out[0]["token"]}])
        self.assertSpecError(self.get("tokens/123456.json"), 404, "token")
        # The appeal is on the open311 channel, raised by the client, seen by the staff.
        a = self.assertStatus(self.srv.request("GET", f"/api/v1/appeals/{rid}",
                                               token=self.staff), 200)
        self.assertEqual(a["channel"], "open311")
        self.assertEqual(a["timeline"][0]["actor"], "open311:city-app")

    def test_spec_get_requests_example(self):
        first = self.raise_one()
        # The spec's example window (2010): nothing of ours falls in it.
        r = self.get("requests.json", start_date="2010-05-24T00:00:00Z",
                     end_date="2010-06-24T00:00:00Z", status="open")
        self.assertEqual(self.assertStatus(r, 200), [])
        # Default window: the last 90 days, newest first.
        second = self.raise_one(service_code="utilities")
        items = self.assertStatus(self.get("requests.json"), 200)
        ids = [x["service_request_id"] for x in items]
        self.assertLess(ids.index(second["service_request_id"]),
                        ids.index(first["service_request_id"]))
        for x in items:
            self.assertEqual(set(x), REQUEST_FIELDS)
        only = self.assertStatus(self.get("requests.json", service_code="utilities"), 200)
        self.assertTrue(only and all(x["service_code"] == "utilities" for x in only))
        both = self.assertStatus(self.get(
            "requests.json", service_request_id=f"{first['service_request_id']},"
                                                f"{second['service_request_id']}",
            service_code="ordinary"), 200)  # the id list overrides the rest
        self.assertEqual(len(both), 2)
        # Close one: closed, with status notes the resident sees.
        i = first["service_request_id"]
        r = self.srv.request("POST", f"/api/v1/appeals/{i}/refer",
                             {"to": "供电公司", "reason": "属供电公司职责，已转交"}, token=self.staff)
        self.assertStatus(r, 200)
        got = self.assertStatus(self.get(f"requests/{i}.json"), 200)[0]
        self.assertEqual(got["status"], "closed")
        self.assertEqual(got["agency_responsible"], "供电公司")
        self.assertIn("属供电公司职责", got["status_notes"])
        closed = self.assertStatus(self.get("requests.json", status="closed"), 200)
        self.assertIn(i, [x["service_request_id"] for x in closed])
        # In a page its status notes quote the reason as when it is asked for alone.
        self.assertEqual([x for x in closed if x["service_request_id"] == i], [got])
        opened = self.assertStatus(self.get("requests.json", status="open"), 200)
        self.assertNotIn(i, [x["service_request_id"] for x in opened])

    def test_get_requests_pages_newest_first(self):
        raised = [self.raise_one()["service_request_id"] for _ in range(3)]
        one = self.assertStatus(self.get("requests.json", page_size="2"), 200)
        two = self.assertStatus(self.get("requests.json", page_size="2", page="2"), 200)
        self.assertEqual(len(one), 2)
        walked = [x["service_request_id"] for x in one + two]
        self.assertEqual(walked[:3], raised[::-1])  # newest first, across the pages
        self.assertEqual(len(set(walked)), len(walked))  # no request on two pages
        default = self.assertStatus(self.get("requests.json"), 200)
        self.assertLessEqual(len(default), 50)
        for bad in ({"page_size": "0"}, {"page_size": "1001"}, {"page_size": "ten"},
                    {"page": "0"}, {"page": "2x"}):
            name = next(iter(bad))
            self.assertSpecError(self.get("requests.json", **bad), 400, name)

    def test_bad_input_in_the_spec_format(self):
        self.assertSpecError(self.get("requests.json", start_date="2010-01-01T00:00:00Z",
                                      end_date="2010-06-24T00:00:00Z"), 400, "end_date")
        self.assertSpecError(self.get("requests.json", start_date="yesterday"), 400, "start_date")
        self.assertSpecError(self.get("requests.json", status="pending"), 400, "status")
        self.assertSpecError(self.get("requests.json", service_request_id="1,x"), 400,
                             "service_request_id")
        self.assertSpecError(self.get("requests.json", service_code="033"), 400, "service_code")
        self.assertSpecError(self.get("requests/abc.json"), 404, "service_request_id")
        self.assertSpecError(self.get("requests/99999.json"), 404, "service_request_id")
        self.assertSpecError(self.post(self.form(service_code="small_matter",
                                                 description="x")), 400, "address_id")
        self.assertSpecError(self.post(self.form(service_code="small_matter",
                                                 address_id=self.t["grid_a"]["id"])),
                             400, "description")
        self.assertSpecError(self.post(self.form(service_code="small_matter", address_id=999999,
                                                 description="x")), 404, "address_id")
        self.assertSpecError(self.post(json.dumps({"api_key": self.key}),
                                       "application/json"), 415, "send")
        self.assertSpecError(self.post("service_code=small_matter&description=x&address_id=1"),
                             400, "api_key")
        r = self.srv.request("POST", "/open311/v2/requests.json?api_key=" + self.key,
                             raw=b"service_code=small_matter",
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
        self.assertSpecError(r, 400, "api_key")

    def test_no_personal_data_and_keys(self):
        # A resident's appeal raised at the desk, naming her and her phone in the text.
        r = self.srv.request("POST", "/api/v1/appeals",
                             {"channel": "desk", "category": "ordinary",
                              "area_id": self.house["id"],
                              "description": "李桂兰反映：电话13912345678，身份证"
                                             "110101199003071234，楼下漏水",
                              "resident": {"name": "李桂兰", "phone": "13912345678"}},
                             token=self.staff)
        a = self.assertStatus(r, 201)
        got = self.assertStatus(self.get(f"requests/{a['id']}.json"), 200)[0]
        text = json.dumps(got, ensure_ascii=False)
        for secret in ("李桂兰", "13912345678", "110101199003071234", "19900307"):
            self.assertNotIn(secret, text)
        self.assertIn("楼下漏水", got["description"])
        # The household is not shown: its building (here the grid) is.
        self.assertEqual(got["address_id"], str(self.t["grid_a"]["id"]))
        self.assertNotIn(self.house["name"], got["address"])
        # Keys: listed, revoked, then refused; the key itself is in no log and no event.
        self.srv.cli("open311", "key", "add", "other-app")
        listed = self.srv.cli("open311", "key", "list").stdout
        self.assertIn("city-app\tlive", listed)
        self.srv.cli("open311", "key", "revoke", "other-app")
        self.assertIn("other-app\trevoked", self.srv.cli("open311", "key", "list").stdout)
        res = self.srv.cli("open311", "key", "revoke", "other-app", check=False)
        self.assertNotEqual(res.returncode, 0)
        self.raise_one()
        self.assertNotIn(self.key, self.srv.log())
        events = self.srv.query_db("SELECT summary FROM events")
        self.assertFalse(any(self.key in e[0] for e in events))
        self.assertEqual(self.srv.verify()[0], 0)


if __name__ == "__main__":
    import unittest
    unittest.main()
