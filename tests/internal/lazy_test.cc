// SPDX-License-Identifier: EUPL-1.2
// A context builds its models on first use (core/lazy.hh, capi/context.hh): once, whichever
// threads ask at the same moment, and again after a build that failed.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "capi/context.hh"
#include "core/lazy.hh"
#include "helder/helder.h"

namespace helder {
namespace {

TEST(Lazy, ManyThreadsAtOnceBuildOnce) {
    std::atomic<int> builds{0};
    const Lazy<int> value([&] {
        ++builds;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));  // the others arrive while it builds
        return std::make_unique<int>(42);
    });
    EXPECT_FALSE(value.built());
    std::vector<const int *> seen(8, nullptr);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seen.size(); ++i) threads.emplace_back([&, i] { seen[i] = &value.get(); });
    for (auto &t : threads) t.join();
    EXPECT_EQ(builds.load(), 1);
    EXPECT_TRUE(value.built());
    for (const int *p : seen) EXPECT_EQ(p, &*value);
    EXPECT_EQ(*value, 42);
}

TEST(Lazy, AFailedBuildIsTriedAgain) {
    int attempts = 0;
    const Lazy<std::string> value([&] {
        if (++attempts == 1) throw std::runtime_error("first attempt fails");
        return std::make_unique<std::string>("built");
    });
    EXPECT_THROW(value.get(), std::runtime_error);
    EXPECT_FALSE(value.built());
    EXPECT_EQ(*value, "built");
    EXPECT_EQ(attempts, 2);
}

// What the web page asks first (the procedure) does not build the text checker, and the reverse.
TEST(Lazy, AContextBuildsWhatItIsAskedFor) {
    helder_ctx *ctx = nullptr;
    ASSERT_EQ(helder_ctx_create(nullptr, 0, &ctx), HELDER_OK);
    EXPECT_FALSE(ctx->text.built());
    EXPECT_FALSE(ctx->dossier.built());
    EXPECT_FALSE(ctx->procedures.built());
    EXPECT_FALSE(ctx->access.built());
    char *out = nullptr;
    size_t len = 0;
    ASSERT_EQ(helder_procedure_spec(ctx, "law", &out, &len), HELDER_OK);
    helder_free(out);
    EXPECT_TRUE(ctx->procedures.built());
    EXPECT_TRUE(ctx->dossier.built());  // the legal facts the procedure reads
    EXPECT_FALSE(ctx->text.built());
    EXPECT_FALSE(ctx->access.built());
    const std::string text = "Middels deze brief.";
    ASSERT_EQ(helder_text_check(ctx, text.data(), text.size(), nullptr, 0, &out, &len), HELDER_OK);
    helder_free(out);
    EXPECT_TRUE(ctx->text.built());
    helder_ctx_destroy(ctx);
}

}  // namespace
}  // namespace helder
