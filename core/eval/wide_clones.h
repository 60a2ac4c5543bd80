#pragma once
// GRADLAB_WIDE_CLONES, written before a function whose loops over lanes vectorise: GCC compiles it twice, for
// x86-64's baseline (SSE2, two doubles at a time) and for AVX2 (four), and the loader picks the one the
// processor runs (target_clones, through an ifunc). The arithmetic is the same either way: additions,
// multiplications, divisions and square roots are correctly rounded at any width, and AVX2 does not bring
// fused multiply-adds (-mfma is separate), so the compiler cannot contract a·b + c. The results are the same
// bits (tst_lane_runs compares the lane path with the scalar one on the machine it runs on). With other
// compilers or processors it is nothing, and under AddressSanitizer too (an ifunc resolver runs before the
// sanitizer's runtime is set up; the sanitizer build checks correctness, not speed).

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__) &&                 \
    !defined(__SANITIZE_ADDRESS__)
#define GRADLAB_WIDE_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define GRADLAB_WIDE_CLONES
#endif
