#include "core/ports.h"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

namespace linli {
namespace {

struct Greeter {
  virtual ~Greeter() = default;
  virtual int Answer() const = 0;
};
struct FortyTwo : Greeter {
  int Answer() const override { return 42; }
};
struct Other {};

TEST(Ports, WhatOneModuleProvidesAnotherFinds) {
  Ports ports;
  EXPECT_EQ(ports.Find<Greeter>(), nullptr) << "nothing provided yet";
  ports.Provide<Greeter>(std::make_shared<FortyTwo>());
  ASSERT_NE(ports.Find<Greeter>(), nullptr);
  EXPECT_EQ(ports.Find<Greeter>()->Answer(), 42);
  EXPECT_EQ(ports.Find<Other>(), nullptr) << "one slot per interface";
  EXPECT_THROW(ports.Provide<Greeter>(std::make_shared<FortyTwo>()), std::logic_error);
}

}  // namespace
}  // namespace linli
