#include "modules/people/commands.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "core/personal_data.h"
#include "modules/audit.h"
#include "modules/people/permissions.h"

namespace linli::people {
namespace {

constexpr std::string_view kAreaPath = "SELECT path FROM areas WHERE id = ?";
constexpr std::string_view kIdTaken = "SELECT id FROM persons WHERE id_number_hash = ? AND id <> ?";
constexpr std::string_view kInsert =
    "INSERT INTO persons (name, gender, birth_date, id_number_enc, id_number_hash,"
    " id_number_mask, phone_enc, phone_hash, phone_mask, area_id, address, created_at,"
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE persons SET name = ?, gender = ?, birth_date = ?, area_id = ?, address = ?,"
    " updated_at = ? WHERE id = ?";
constexpr std::string_view kSetId =
    "UPDATE persons SET id_number_enc = ?, id_number_hash = ?, id_number_mask = ? WHERE id = ?";
constexpr std::string_view kSetPhone =
    "UPDATE persons SET phone_enc = ?, phone_hash = ?, phone_mask = ? WHERE id = ?";
constexpr std::string_view kSealed = "SELECT id_number_enc, phone_enc FROM persons WHERE id = ?";

struct Derived {
  std::string gender;
  std::string birth_date;
};
// REQUIRES: ValidIdNumber(id).
Derived FromIdNumber(const std::string& id) {
  const int sex_digit = id[16] - '0';
  return {sex_digit % 2 == 1 ? "male" : "female",
          id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2)};
}

Status AgreesWithId(const std::optional<std::string>& id, const std::optional<std::string>& gender,
                    const std::optional<std::string>& birth) {
  if (!id) return Status::Ok();
  const Derived d = FromIdNumber(*id);
  if (gender && *gender != d.gender) {
    return Error::Rule("/gender", "does not agree with the ID number");
  }
  if (birth && *birth != d.birth_date) {
    return Error::Rule("/birth_date", "does not agree with the ID number");
  }
  return Status::Ok();
}

Result<std::string> AreaPathFor(store::Connection& c, const auth::Actor& actor,
                                std::optional<int64_t> area_id) {
  std::string path;
  if (area_id) {
    auto row = c.QueryOne(kAreaPath, {*area_id});
    if (!row) return Error::Rule("/area_id", fmt::format("no area {}", *area_id));
    path = row->Text(0);
  }
  if (!MayPlace(actor, path)) {
    return Error::Forbidden("you cannot place a person in that area");
  }
  return path;
}

boost::json::object Summary(const Person& p) {
  auto o = ToJson(p);
  o.erase("created_at");
  o.erase("updated_at");
  return o;
}

}  // namespace

Result<Person> CreatePerson(store::Connection& c, const Crypto& crypto, const auth::Actor& actor,
                            const PersonForm& f) {
  if (Status s = AgreesWithId(f.id_number, f.gender, f.birth_date); !s) return s.error();
  store::Tx tx(c, store::Tx::kWrite);
  auto path = AreaPathFor(c, actor, f.area_id);
  if (!path) return path.error();
  std::optional<std::string> gender = f.gender, birth = f.birth_date;
  store::Value id_enc, id_hash, id_mask, ph_enc, ph_hash, ph_mask;
  if (f.id_number) {
    const std::string h = crypto.LookupHash(*f.id_number);
    if (c.QueryOne(kIdTaken, {h, int64_t{0}})) {
      return Error::Conflict(
          "a person with this ID number is already on record; find them with "
          "POST /api/v1/people/lookup",
          "/id_number");
    }
    const Derived d = FromIdNumber(*f.id_number);
    gender = gender.value_or(d.gender);
    birth = birth.value_or(d.birth_date);
    id_enc = store::Blob{crypto.Seal(*f.id_number)};
    id_hash = h;
    id_mask = MaskIdNumber(*f.id_number);
  }
  if (f.phone) {
    ph_enc = store::Blob{crypto.Seal(*f.phone)};
    ph_hash = crypto.LookupHash(*f.phone);
    ph_mask = MaskPhone(*f.phone);
  }
  const int64_t now = NowMs();
  const int64_t id = c.Query(kInsert, {f.name, store::Opt(gender), store::Opt(birth), id_enc,
                                       id_hash, id_mask, ph_enc, ph_hash, ph_mask,
                                       store::Opt(f.area_id), store::Opt(f.address), now, now})
                         .front()
                         .Int(0);
  auto p = Load(c, id);
  record::EventLog::Append(c, EventBy(actor, "person.create", "person", id, *path, Summary(*p)));
  tx.Commit();
  return *p;
}

Result<Person> UpdatePerson(store::Connection& c, const Crypto& crypto, const auth::Actor& actor,
                            int64_t id, const PersonPatch& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto cur = Load(c, id);
  if (!cur || !Allowed(actor, Action::kRead, *cur)) {
    return Error::NotFound(fmt::format("no person {}", id));
  }
  if (!Allowed(actor, Action::kWrite, *cur)) return Error::Forbidden();
  std::string path = cur->area_path;
  if (f.area_id && f.area_id != cur->area_id) {
    auto p = AreaPathFor(c, actor, f.area_id);
    if (!p) return p.error();
    path = *p;
  }
  boost::json::object changes;
  std::optional<std::string> gender = f.gender ? f.gender : cur->gender;
  std::optional<std::string> birth = f.birth_date ? f.birth_date : cur->birth_date;
  if (f.id_number) {
    const std::string h = crypto.LookupHash(*f.id_number);
    if (c.QueryOne(kIdTaken, {h, id})) {
      return Error::Conflict("another person already has this ID number", "/id_number");
    }
    const Derived d = FromIdNumber(*f.id_number);
    if (f.gender && *f.gender != d.gender) {
      return Error::Rule("/gender", "does not agree with the ID number");
    }
    if (f.birth_date && *f.birth_date != d.birth_date) {
      return Error::Rule("/birth_date", "does not agree with the ID number");
    }
    gender = d.gender;
    birth = d.birth_date;
    c.Exec(kSetId, {store::Blob{crypto.Seal(*f.id_number)}, h, MaskIdNumber(*f.id_number), id});
    changes["id_number"] = MaskIdNumber(*f.id_number);
  }
  if (f.phone) {
    c.Exec(kSetPhone, {store::Blob{crypto.Seal(*f.phone)}, crypto.LookupHash(*f.phone),
                       MaskPhone(*f.phone), id});
    changes["phone"] = MaskPhone(*f.phone);
  } else if (f.clear_phone) {
    c.Exec(kSetPhone, {store::Null{}, store::Null{}, store::Null{}, id});
    changes["phone"] = nullptr;
  }
  const std::string name = f.name.value_or(cur->name);
  if (name != cur->name) changes["name"] = name;
  if (gender != cur->gender) changes["gender"] = gender ? boost::json::value(*gender) : nullptr;
  if (birth != cur->birth_date)
    changes["birth_date"] = birth ? boost::json::value(*birth) : nullptr;
  const auto area = f.area_id ? f.area_id : cur->area_id;
  if (area != cur->area_id) changes["area_id"] = *area;
  const auto address = f.address ? f.address : cur->address;
  if (address != cur->address) changes["address"] = *address;
  if (changes.empty()) return *cur;
  c.Exec(kUpdate, {name, store::Opt(gender), store::Opt(birth), store::Opt(area),
                   store::Opt(address), NowMs(), id});
  record::EventLog::Append(c, EventBy(actor, "person.update", "person", id, path, changes));
  auto p = Load(c, id);
  tx.Commit();
  return *p;
}

Result<std::string> RevealPersonal(store::Connection& c, const Crypto& crypto,
                                   const auth::Actor& actor, int64_t id, PersonalField field,
                                   const std::string& reason) {
  store::Tx tx(c, store::Tx::kWrite);
  auto p = Load(c, id);
  if (!p || !Allowed(actor, Action::kRead, *p)) {
    return Error::NotFound(fmt::format("no person {}", id));
  }
  if (!Allowed(actor, Action::kReveal, *p)) {
    return Error::Forbidden("your role sees personal data masked only");
  }
  auto row = c.QueryOne(kSealed, {id});
  const size_t col = field == PersonalField::kIdNumber ? 0 : 1;
  const std::string name = field == PersonalField::kIdNumber ? "id_number" : "phone";
  if (!row || row->IsNull(col)) {
    return Error::NotFound(fmt::format("person {} has no {} on record", id, name));
  }
  auto plain = crypto.Open(row->Text(col));
  if (!plain) return Error::Internal("a sealed value could not be opened with this data key");
  const std::string mask =
      field == PersonalField::kIdNumber ? MaskIdNumber(*plain) : MaskPhone(*plain);
  record::EventLog::Append(c, EventBy(actor, "person.reveal", "person", id, p->area_path,
                                      {{"field", name}, {"value", mask}, {"reason", reason}}));
  tx.Commit();
  return *plain;
}

std::vector<Person> FindByPersonal(store::Connection& c, const Crypto& crypto,
                                   const auth::Actor& actor, PersonalField field,
                                   const std::string& value) {
  const std::string col = field == PersonalField::kIdNumber ? "id_number_hash" : "phone_hash";
  std::vector<Person> out;
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM {} WHERE p.{} = ? ORDER BY p.id LIMIT 50",
                           kPersonColumns, kPersonFrom, col),
               {crypto.LookupHash(value)})) {
    Person p = FromRow(r);
    if (Allowed(actor, Action::kRead, p)) out.push_back(std::move(p));
  }
  return out;
}

}  // namespace linli::people
