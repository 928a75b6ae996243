#include "modules/people/person.h"

#include <array>

#include <fmt/format.h>
#include <boost/json/parse.hpp>

#include "modules/people/answers.h"

namespace linli::people {
const std::string_view kPersonColumns =
    "p.id, p.name, p.gender, p.birth_date, p.id_number_mask, p.phone_mask, p.area_id,"
    " COALESCE(a.path, ''), a.name, a.kind, p.address, p.created_at, p.updated_at";
const std::string_view kPersonFrom = "persons p LEFT JOIN areas a ON a.id = p.area_id";

Person FromRow(const store::Row& r) {
  Person p;
  p.id = r.Int(0);
  p.name = r.Text(1);
  p.gender = r.OptText(2);
  p.birth_date = r.OptText(3);
  p.id_number_mask = r.OptText(4);
  p.phone_mask = r.OptText(5);
  p.area_id = r.OptInt(6);
  p.area_path = r.Text(7);
  p.area_name = r.OptText(8);
  p.area_kind = r.OptText(9);
  p.address = r.OptText(10);
  p.created_at = r.Int(11);
  p.updated_at = r.Int(12);
  return p;
}

std::optional<Person> Load(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(
      fmt::format("SELECT {} FROM {} WHERE p.id = ?", kPersonColumns, kPersonFrom), {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

boost::json::object ToJson(const Person& p) {
  return boost::json::parse(http::shape::JsonOf(AnswerOf(p))).as_object();
}

}  // namespace linli::people
