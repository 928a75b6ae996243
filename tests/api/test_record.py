"""The hash-chained event record: `linli verify` passes on an honest database, names the event
an operator edited or deleted with the sqlite3 shell, and `linli backup` copies a live database
into one that verifies and holds the same rows."""

import os
import re
import shutil
import subprocess
import tempfile
import threading
import unittest

import harness

TABLES = ("areas", "persons", "accounts", "role_grants", "events", "event_chain_head")


def run_verify(data_dir):
    res = subprocess.run([harness.linli_bin(), "--data", data_dir, "verify"], capture_output=True,
                         text=True, timeout=harness.CLI_TIMEOUT_S)
    return res.returncode, res.stdout + res.stderr


def sqlite_bytes(db_path, sql):
    shell = shutil.which("sqlite3")
    if not shell:
        raise unittest.SkipTest("the sqlite3 shell is not installed")
    res = subprocess.run([shell, "-bail", db_path, sql], capture_output=True,
                         timeout=harness.CLI_TIMEOUT_S)
    if res.returncode != 0:
        raise AssertionError(f"sqlite3 {sql!r}: {res.stderr!r}")
    return res.stdout


def sqlite(db_path, sql):
    """Runs `sql` with the sqlite3 shell on `db_path`; returns what it prints."""
    return sqlite_bytes(db_path, sql).decode("utf-8")


def dump(db_path, table):
    """Every row of `table`, in rowid order, as the sqlite3 shell prints it (blobs as hex)."""
    cols = [line.split("|")[1] for line in
            sqlite(db_path, f"PRAGMA table_info({table})").splitlines()]
    return sqlite(db_path, "SELECT " + ", ".join(f"quote({c})" for c in cols)
                  + f" FROM {table} ORDER BY rowid")


class RecordTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        cls.admin = cls.srv.login("admin")
        cls.srv.create_tree(cls.admin, "Record")
        cls.srv.create_person(cls.admin, name="记录人", phone="13800001111")
        cls.scratch = tempfile.mkdtemp(prefix="linli-record-")
        cls.addClassCleanup(shutil.rmtree, cls.scratch, True)

    def copy_stopped(self, *names):
        """Copies of the data directory taken while the server is stopped (it is started
        again after): one per name, or just the path when one name is given."""
        was_running = self.srv.running
        self.srv.stop()
        try:
            out = []
            for name in names:
                out.append(os.path.join(self.scratch, name))
                shutil.copytree(self.srv.data_dir, out[-1])
            return out[0] if len(out) == 1 else out
        finally:
            if was_running:
                self.srv.start()

    def test_verify_passes_after_writes(self):
        code, out = self.srv.verify()
        self.assertEqual(code, 0, out)
        n = int(re.search(r"ok: (\d+) events", out).group(1))
        self.assertEqual(n, self.srv.last_event_seq())
        self.assertGreaterEqual(n, 9)  # 2 from user add, 7 areas, 1 person
        # a write moves the count on by one
        self.srv.create_area(self.admin, "city")
        self.assertEqual(self.srv.event_count(), n + 1)

    def test_other_edits_are_named(self):
        cases = {
            "actor": "UPDATE events SET actor_label = 'someone' WHERE seq = {seq}",
            "time": "UPDATE events SET at_ms = at_ms - 86400000 WHERE seq = {seq}",
            "action": "UPDATE events SET action = 'area.update' WHERE seq = {seq}",
            "area": "UPDATE events SET area_path = '/999/' WHERE seq = {seq}",
            "subject": "UPDATE events SET subject_id = subject_id + 1 WHERE seq = {seq}",
            "prev link": "UPDATE events SET prev_hash = hash WHERE seq = {seq}",
        }
        copies = self.copy_stopped(*(f"edit-{n.replace(' ', '-')}" for n in cases))
        for (name, sql), data in zip(cases.items(), copies):
            with self.subTest(edit=name):
                db = os.path.join(data, "linli.db")
                seq = 4
                sqlite(db, sql.format(seq=seq))
                code, out = run_verify(data)
                self.assertNotEqual(code, 0, out)
                self.assertIn(f"FAILED at event {seq}:", out)

    def test_deleted_event_is_named(self):
        data = self.copy_stopped("delete-middle")
        db = os.path.join(data, "linli.db")
        sqlite(db, "DELETE FROM events WHERE seq = 5")
        code, out = run_verify(data)
        self.assertNotEqual(code, 0, out)
        self.assertIn("FAILED at event 5:", out)
        self.assertIn("missing", out)

    def test_deleted_newest_event_is_named(self):
        data = self.copy_stopped("delete-last")
        db = os.path.join(data, "linli.db")
        last = int(sqlite(db, "SELECT max(seq) FROM events").strip())
        sqlite(db, f"DELETE FROM events WHERE seq = {last}")
        code, out = run_verify(data)
        self.assertNotEqual(code, 0, out)
        self.assertIn(f"FAILED at event {last}:", out)

    def test_renumbered_events_are_named(self):
        # Deleting an event and closing the gap is still seen: the links no longer hold.
        data = self.copy_stopped("renumber")
        db = os.path.join(data, "linli.db")
        last = int(sqlite(db, "SELECT max(seq) FROM events").strip())
        sqlite(db, "DELETE FROM events WHERE seq = 6; UPDATE events SET seq = seq - 1 WHERE seq > 6;"
                   f" UPDATE event_chain_head SET seq = {last - 1}")
        code, out = run_verify(data)
        self.assertNotEqual(code, 0, out)
        self.assertIn("FAILED at event 6:", out)

    def restore(self, backup_file, name):
        """A data directory holding `backup_file` as its database, with the same key."""
        data = os.path.join(self.scratch, name)
        os.makedirs(data)
        shutil.copy(backup_file, os.path.join(data, "linli.db"))
        shutil.copy(os.path.join(self.srv.data_dir, "secret.key"), data)
        return data

    def test_backup_of_a_quiet_running_server(self):
        self.assertTrue(self.srv.running)
        target = os.path.join(self.scratch, "quiet.db")
        res = self.srv.cli("backup", target)
        self.assertIn("backup written", res.stdout)
        data = self.restore(target, "quiet")
        code, out = run_verify(data)
        self.assertEqual(code, 0, out)
        for table in TABLES:
            with self.subTest(table=table):
                self.assertEqual(dump(target, table), dump(self.srv.db_path, table))

    def test_backup_during_writes(self):
        self.assertTrue(self.srv.running)
        city = self.srv.create_area(self.admin, "city", "Backup City")
        stop = threading.Event()
        written = []

        def writer():
            i = 0
            while not stop.is_set():
                r = self.srv.request("POST", "/api/v1/areas",
                                     {"kind": "district", "name": f"busy {i}",
                                      "parent_id": city["id"]}, token=self.admin)
                if r.status == 201:
                    written.append(r.body["id"])
                i += 1

        t = threading.Thread(target=writer)
        t.start()
        try:
            while len(written) < 5:
                threading.Event().wait(0.02)
            target = os.path.join(self.scratch, "busy.db")
            self.srv.cli("backup", target)
            threading.Event().wait(0.2)
        finally:
            stop.set()
            t.join()
        self.assertGreater(len(written), 5)
        data = self.restore(target, "busy")
        code, out = run_verify(data)
        self.assertEqual(code, 0, out)
        # The copy is the database as of one moment: a prefix of the record, and the rows
        # those events describe.
        copy_events = dump(target, "events").splitlines()
        live_events = dump(self.srv.db_path, "events").splitlines()
        self.assertGreater(len(copy_events), 0)
        self.assertEqual(copy_events, live_events[:len(copy_events)])
        copy_areas = set(dump(target, "areas").splitlines())
        live_areas = set(dump(self.srv.db_path, "areas").splitlines())
        self.assertLessEqual(copy_areas, live_areas)
        n_area_events = int(sqlite(target, "SELECT count(*) FROM events"
                                           " WHERE action = 'area.create'").strip())
        self.assertEqual(len(copy_areas), n_area_events)


class LiveDatabaseEditTest(harness.ApiTestCase):
    """The edit is made on the server's own database (so this class has a server to spoil)."""

    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        cls.admin = cls.srv.login("admin")
        cls.srv.create_tree(cls.admin, "Record")

    def test_edited_summary_is_named(self):
        # On the stopped server's own database, as an operator with the sqlite3 shell would.
        self.assertEqual(self.srv.verify()[0], 0)
        self.srv.stop()
        before = dump(self.srv.db_path, "events")
        victim = int(sqlite(self.srv.db_path,
                            "SELECT seq FROM events WHERE action = 'area.create'"
                            " ORDER BY seq LIMIT 1 OFFSET 2").strip())
        sqlite(self.srv.db_path,
               "UPDATE events SET summary = replace(summary, 'Record', 'Forged')"
               f" WHERE seq = {victim}")
        self.assertNotEqual(dump(self.srv.db_path, "events"), before, "nothing was edited")
        code, out = self.srv.verify()
        self.assertNotEqual(code, 0, out)
        self.assertRegex(out, rf"\bevent {victim}\b")
        self.assertIn(f"FAILED at event {victim}:", out)
        self.assertIn("edited", out)


if __name__ == "__main__":
    unittest.main()
