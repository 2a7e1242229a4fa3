// align_eval [--grid]: scores the aligner on every dev reference at once
// (tests/support/dev_pairs.hpp) and prints one table: each pair's P, R, F1,
// no-counterpart accuracy (A side, and B side where the reference lists
// B-only articles), label agreement, relation accuracy (version
// references), and the leave-one-pair-out figures:
// the grid point that does best on the *other* pairs, scored on this one.
// With --grid it also prints every grid point's per-pair F1; --misses the
// scores behind each miss and false positive; --labels-only searches the
// labels alone (the pairs stay the defaults'). --paraphrases model|control
// [--paraphrase-weight W] [--paraphrase-replace] runs it all with the paraphrase model's features
// (align/paraphrases.hpp; data/paraphrases.tsv, built by
// bench/mine_paraphrases.cpp) or with its control, the same pairs with their
// right-hand phrases shuffled (same phrases, same frequencies, no
// information); --paraphrase-scan prints the defaults' figures for both at
// several weights; --paraphrase-file FILE takes the model from FILE (same
// format; e.g. bench/mine_associations.cpp's output) instead, and
// --control-seed N shuffles the control differently. Dense word vectors
// (align/vectors.hpp; built by bench/train_vectors.cpp): --vectors FILE
// --vector-scan prints the defaults' figures with the soft similarity term
// at several weights for the model and its two controls (random vectors of
// each word's norm; the vectors permuted over the words) and the weight
// chosen leaving one pair out; --vector-retune re-tunes weight, power, hub,
// partial and mutual floor together (a reduced grid) for each; --vector-ranks
// ranks each reference pair by one similarity alone; --vector-power P
// raises the dense cosine to P, --vector-articles mixes it into whole
// articles only; --vectors FILE [--vector-weight W] [--vector-control
// random|permuted] runs the whole evaluation with it (fastText vectors:
// bench/fasttext_vectors.cpp converts them). --smooth chooses every
// setting (all pairs, and each leave-one-pair-out) by the mean objective of
// its grid neighbourhood instead of its own (a flat optimum, not the
// sharpest peak); --xref-scan measures internal citations (本条例第X条)
// as a structural signal. --selection-only searches the selection
// parameters alone, the scoring ones staying the defaults' (seconds, not
// minutes; on ten pairs its leave-one-pair-out figures beat the full
// grid's, which fits the scoring to the training pairs). With --grid,
// every row prints each pair's F1 and its no-counterpart term of the
// objective. --second-readings adds the second readings
// (tests/eval/second-readings/) as rows of their own, each left out with
// its pair's first reading. --corpus-mix M runs it all with document
// frequencies counted from ../shared/corpus-sample (--with-dev: and
// corpus-dev; --exclude-dev: without the dev references' acts, as the
// shipped table is built) mixed in at M instead of the compiled-in table
// (0: none), or with a control: --corpus-control (the frequencies permuted
// over the features) or --corpus-uniform N (every feature at N: the IDF
// flattened); --corpus-df scans the mix. --only versions|acts keeps one
// kind of pair (docs/alignment.md, "A setting per kind of pair"). It only
// reads.
//
// The acts outside the binary are found under ../shared (LAWDIFF_SHARED
// overrides); a pair whose files are absent is skipped with a note.
#include <fmt/format.h>

#include "text/numerals.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>

#include "align/citations.hpp"
#include "align/evaluate.hpp"
#include "align/paraphrases.hpp"
#include "align/vectors.hpp"
#include "align_grid.hpp"
#include "corpus_words.hpp"
#include "base/error.hpp"
#include "support/dev_pairs.hpp"

using namespace lawdiff;
using bench::Loaded;

namespace {

// "  -  " where the reference has no such article.
std::string nc_cell(const align::Evaluation& e) {
  return e.no_counterpart > 0 ? fmt::format("{:.3f}", e.no_counterpart_accuracy) : "  -  ";
}

// One scan row's cells: each pair's P, R, F1 and no-counterpart accuracy.
std::string pair_cells(const std::vector<align::Evaluation>& evals) {
  std::string out;
  for (const auto& e : evals) out += fmt::format("  P={:.3f} R={:.3f} F1={:.3f} NC={}", e.precision, e.recall, e.f1, nc_cell(e));
  return out;
}

std::string only_b_cell(const align::Evaluation& e) {
  return e.only_b > 0 ? fmt::format("{:.3f}", e.only_b_accuracy) : "  -  ";
}

std::string relation_cell(const align::Evaluation& e) {
  return e.relations > 0 ? fmt::format("{:.3f}", e.relation_accuracy) : "  -  ";
}

std::string cells(const align::Evaluation& e) {
  return fmt::format("{:.3f} {:.3f} {:.3f}  {} {} {:.3f} {:.3f} {}", e.precision, e.recall, e.f1, nc_cell(e),
                     only_b_cell(e), e.label_agreement, e.label_balanced, relation_cell(e));
}

void print_table(const std::vector<Loaded>& pairs, const bench::GridResult& r) {
  fmt::print("{:<26} {:^47}   {:^47}\n", "", "defaults", "leave-one-pair-out");
  const std::string head =
      fmt::format("{:<5} {:<5} {:<5}  {:<5} {:<5} {:<5} {:<5} {:<5}", "P", "R", "F1", "NC", "B-NC", "label", "bal", "rel");
  fmt::print("{:<26} {}   {}\n", "pair", head, head);
  for (std::size_t k = 0; k < pairs.size(); ++k)
    fmt::print("{:<26} {}   {}\n", pairs[k].name, cells(r.evals[0][k]), cells(r.lopo_evals[k]));
  fmt::print("\nleave-one-pair-out settings (chosen on the other pairs):\n");
  for (std::size_t k = 0; k < pairs.size(); ++k)
    fmt::print("  {:<26} {}\n", pairs[k].name, bench::describe(r.lopo_labelled[k]));
  fmt::print("best on all pairs: {}\n", bench::describe(r.all_labelled));
  for (std::size_t k = 0; k < pairs.size(); ++k)
    fmt::print("  {:<26} {}\n", pairs[k].name, cells(r.all_evals[k]));
  fmt::print("\ndefaults, details:\n");
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const align::Evaluation& e = r.evals[0][k];
    fmt::print("  {}: false positives {}; missed {}\n", pairs[k].name, fmt::join(e.false_positives, " "),
               fmt::join(e.misses, " "));
    if (e.relations > 0) fmt::print("    wrong relations: {}\n", fmt::join(e.wrong_relations, " "));
  }
}

int article_index(const statute::Act& act, const std::string& key) {
  for (std::size_t i = 0; i < act.doc.articles.size(); ++i)
    if (statute::article_key(act.doc.articles[i]) == key) return static_cast<int>(i);
  return -1;
}

// Containment of two whole articles: Σ min(raw_a, raw_b) over shared
// features ÷ the lighter article's raw mass.
double containment(const align::detail::FeatureSpace& fs, int i, int j) {
  const auto& ua = fs.a.units[fs.a.whole[i]];
  const auto& ub = fs.b.units[fs.b.whole[j]];
  double shared = 0;
  for (std::size_t x = 0, y = 0; x < ua.vec.size() && y < ub.vec.size();) {
    if (ua.vec[x].first < ub.vec[y].first) ++x;
    else if (ub.vec[y].first < ua.vec[x].first) ++y;
    else shared += std::min(ua.vec[x].second * ua.norm, ub.vec[y].second * ub.norm), ++x, ++y;
  }
  const double lighter = std::min(ua.mass, ub.mass);
  return lighter > 0 ? shared / lighter : 0;
}

// For each missed strong pair and each false positive at the defaults: its
// score, and its row's and column's best scores, to see which rule decided.
void print_misses(const std::vector<Loaded>& pairs, const align::detail::Params& p) {
  const auto scores = bench::score_all(pairs, p);
  const auto evals = bench::evaluate_setting(pairs, scores, p);
  fmt::print("\nmisses and false positives at {}\n", bench::describe(p));
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const auto s = align::detail::score_acts(*pairs[k].a, *pairs[k].b, p);
    auto show = [&](const std::string& what, const std::string& pair) {
      const auto eq = pair.find('=');
      const int i = article_index(*pairs[k].a, pair.substr(0, eq)), j = article_index(*pairs[k].b, pair.substr(eq + 1));
      double rb = 0, cb = 0;
      for (int x = 0; x < s.score.cols(); ++x) rb = std::max(rb, s.score.at(i, x));
      for (int x = 0; x < s.score.rows(); ++x) cb = std::max(cb, s.score.at(x, j));
      double rc = 0, cc = 0;
      for (int x = 0; x < s.score.cols(); ++x) rc = std::max(rc, containment(s.features, i, x));
      for (int x = 0; x < s.score.rows(); ++x) cc = std::max(cc, containment(s.features, x, j));
      fmt::print("  {} {:<8} {:<7} score={:.3f} content={:.3f} row_best={:.3f} col_best={:.3f} contain={:.3f} (row {:.3f} col {:.3f})\n",
                 pairs[k].name, what, pair, s.score.at(i, j), s.content.at(i, j), rb, cb, containment(s.features, i, j), rc, cc);
    };
    for (const auto& m : evals[k].misses) show("missed", m);
    for (const auto& m : evals[k].false_positives) show("false+", m);
  }
}

// Label agreement (plain / balanced) per pair for each label setting, at
// the default pairs: how the strong/partial choice trades one against the other.
void print_label_table(const std::vector<Loaded>& pairs) {
  align::detail::Params p;
  const auto scores = bench::score_all(pairs, p);
  for (double strong : {0.06, 0.10, 0.12, 0.15, 0.18, 0.20, 0.25})
    for (double mutual : {0.07, 0.10, 0.15, 1.0}) {
      p.strong = strong, p.strong_mutual = mutual;
      fmt::print("strong={:.2f} strong_mutual={:.2f}:", strong, mutual);
      for (const auto& e : bench::evaluate_setting(pairs, scores, p))
        fmt::print("  {:.3f}/{:.3f}", e.label_agreement, e.label_balanced);
      fmt::print("\n");
    }
}

// Document frequencies over ../shared/corpus-sample (and corpus-dev with
// `with_dev`; without the dev references' acts with `exclude_dev`, as
// bench/corpus_df.cpp builds the shipped table), and a control: the same
// values permuted over the features (fixed seed), or with `uniform` > 0
// every feature the dev pairs have given that frequency (the IDF
// flattened, no information).
std::pair<align::detail::CorpusFrequencies, align::detail::CorpusFrequencies> corpus_and_control(
    statute::Library& lib, const std::vector<Loaded>& pairs, bool with_dev, bool exclude_dev = false, std::uint32_t uniform = 0) {
  const auto shared = statute::testing::shared_dir();
  if (!shared) throw Error("--corpus-mix", "the corpus needs ../shared");
  const std::vector<std::string> dirs =
      with_dev ? std::vector<std::string>{"corpus-sample", "corpus-dev"} : std::vector<std::string>{"corpus-sample"};
  const std::vector<const statute::Act*> acts = bench::corpus_acts(*shared, lib, dirs, exclude_dev);
  const align::detail::CorpusCounts counts = align::detail::count_corpus(acts);
  align::detail::CorpusFrequencies corpus = align::detail::CorpusFrequencies::from_counts(counts.df, counts.docs);
  align::detail::CorpusFrequencies ctl;
  if (uniform > 0) {
    std::unordered_map<std::string, std::uint32_t> control;
    for (const Loaded& l : pairs) {
      const align::detail::FeatureSpace fs = align::detail::build_features(*l.a, *l.b);
      for (std::size_t f = 0; f < fs.names.size(); ++f) control[(fs.is_bigram[f] ? "b" : "w") + fs.names[f]] = uniform;
    }
    ctl = align::detail::CorpusFrequencies::from_counts(control, corpus.docs());
  } else {
    std::vector<align::detail::CorpusFrequencies::Entry> entries(corpus.entries().begin(), corpus.entries().end());
    std::vector<std::uint32_t> values;
    for (const auto& e : entries) values.push_back(e.df);
    std::mt19937 rng(11);
    std::shuffle(values.begin(), values.end(), rng);
    for (std::size_t k = 0; k < entries.size(); ++k) entries[k].df = values[k];
    ctl = align::detail::CorpusFrequencies::from_entries(std::move(entries), corpus.docs());
  }
  fmt::print("corpus: {} acts, {} paragraphs, {} features\n", acts.size(), corpus.docs(), corpus.size());
  return {std::move(corpus), std::move(ctl)};
}

// Item 3 of issue 11, measured: IDF mixed with document frequencies of a
// whole corpus (every statute under ../shared/corpus-sample), against a
// control with the same frequencies assigned to the wrong features (the
// values permuted), at the default setting otherwise (the mix itself varied).
void print_corpus_df(statute::Library& lib, const std::vector<Loaded>& pairs, bool with_dev) {
  const auto [corpus, control] = corpus_and_control(lib, pairs, with_dev);
  for (const align::detail::CorpusFrequencies* c : {&corpus, static_cast<const align::detail::CorpusFrequencies*>(&control)}) {
    for (float mix : {0.0f, 0.05f, 0.1f, 0.15f, 0.2f, 0.3f}) {
      align::detail::Params p;
      p.features.corpus = c, p.features.corpus_mix = mix;
      fmt::print("{:<8} mix={:.2f}:", c == &corpus ? "corpus" : "control", mix);
      const auto evals = bench::evaluate_setting(pairs, bench::score_all(pairs, p), p);
      double sum = 0, worst = 1;
      for (const auto& e : evals) sum += e.f1, worst = std::min(worst, e.f1), fmt::print(" {:.3f}", e.f1);
      fmt::print("  mean {:.3f} worst {:.3f}\n", sum / static_cast<double>(evals.size()), worst);
    }
  }
}

// The control of the paraphrase model: its pairs with the right-hand
// phrases permuted (fixed seed), so every phrase keeps its frequency in the
// model but is paired with an unrelated one.
align::detail::Paraphrases paraphrase_control(const align::detail::Paraphrases& model, unsigned seed = 11) {
  auto pairs = model.pairs();
  std::vector<std::string> right;
  for (const auto& p : pairs) right.push_back(p.second);
  std::mt19937 rng(seed);
  std::shuffle(right.begin(), right.end(), rng);
  for (std::size_t k = 0; k < pairs.size(); ++k) pairs[k].second = right[k];
  return align::detail::Paraphrases(pairs);
}

// The value after `flag` in argv, or "".
std::string_view option(int argc, char** argv, std::string_view flag) {
  for (int k = 1; k + 1 < argc; ++k)
    if (argv[k] == flag) return argv[k + 1];
  return {};
}

// Item 3 of issue 11, measured: the defaults' figures with the paraphrase
// model and with its control, at several weights.
// The model is the built-in one, the same restricted to pairs seen in two
// or more acts, and to pairs whose `from` the revisions replaced at a rate
// of 0.2 or more (a renamed term, not a common word swapped once).
void print_paraphrase_scan(const std::vector<Loaded>& pairs, const align::detail::Paraphrases* file_model) {
  using align::detail::Paraphrases;
  const Paraphrases several(Paraphrases::parse(align::detail::embedded_paraphrases(), 2));
  const Paraphrases renamed(Paraphrases::parse(align::detail::embedded_paraphrases(), 1, 0.2));
  const Paraphrases& all = Paraphrases::builtin();
  const Paraphrases all_control = paraphrase_control(all), several_control = paraphrase_control(several),
                    renamed_control = paraphrase_control(renamed);
  std::vector<std::pair<const char*, const Paraphrases*>> models = {
      {"all", &all},         {"all-ctl", &all_control},         {">=2acts", &several},
      {">=2-ctl", &several_control}, {"rate>=.2", &renamed}, {"rate-ctl", &renamed_control}};
  const Paraphrases file_control = file_model ? paraphrase_control(*file_model) : Paraphrases();
  if (file_model) models = {{"file", file_model}, {"file-ctl", &file_control}};
  for (const auto& [name, m] : models) {
    fmt::print("{}: {} pairs\n", name, m->pairs().size());
    for (const bool replace : {false, true}) {
      for (float w : {0.25f, 0.5f, 1.0f, 2.0f}) {
        align::detail::Params p;
        p.features.paraphrases = m, p.features.paraphrase_weight = w, p.features.paraphrase_replace = replace;
        fmt::print("{:<8} {} w={:.2f}:", name, replace ? "repl" : "add ", w);
        fmt::print("{}\n", pair_cells(bench::evaluate_setting(pairs, bench::score_all(pairs, p), p)));
      }
    }
  }
}

// The controls of a vector model: `random` gives each word a random
// direction (Gaussian, seeded) with its own vector's norm; `permuted` gives
// each word another word's vector (the same vectors, shuffled over the
// vocabulary). Same size, same norms, no information about which word is which.
align::detail::WordVectors vector_control(const align::detail::WordVectors& model, std::string_view kind, unsigned seed) {
  const int dims = model.dims();
  std::vector<std::string> words(model.words().begin(), model.words().end());
  std::vector<float> v;
  for (std::size_t k = 0; k < model.size(); ++k) {
    const auto x = model.vector(static_cast<int>(k));
    v.insert(v.end(), x.begin(), x.end());
  }
  std::mt19937 rng(seed);
  if (kind == "permuted") {
    std::vector<std::size_t> order(words.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<float> out(v.size());
    for (std::size_t k = 0; k < order.size(); ++k)
      std::copy_n(v.begin() + order[k] * dims, dims, out.begin() + k * dims);
    v = std::move(out);
  } else {
    std::normal_distribution<float> gauss;
    for (std::size_t k = 0; k < words.size(); ++k) {
      float* x = v.data() + k * dims;
      double norm = 0, fresh = 0;
      for (int d = 0; d < dims; ++d) norm += static_cast<double>(x[d]) * x[d];
      for (int d = 0; d < dims; ++d) x[d] = gauss(rng), fresh += static_cast<double>(x[d]) * x[d];
      const double scale = fresh > 0 ? std::sqrt(norm / fresh) : 0;
      for (int d = 0; d < dims; ++d) x[d] = static_cast<float>(x[d] * scale);
    }
  }
  return align::detail::WordVectors(align::detail::WordVectors::serialize(words, v, dims));
}

// Item 3 of issue 11 with dense vectors, measured: the defaults' F1 with the
// model's soft similarity term at each weight, for the model and its
// controls, and the weight chosen on the other pairs (by the grid's
// objective, at the defaults otherwise; ties to the smaller weight), scored
// on the pair left out.
void print_vector_scan(const std::vector<Loaded>& pairs, const align::detail::WordVectors& model, unsigned seed, double power,
                       bool articles) {
  const align::detail::WordVectors random = vector_control(model, "random", seed),
                                    permuted = vector_control(model, "permuted", seed);
  const std::vector<double> weights = {0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5};
  fmt::print("model: {} words × {} dims, dense term cosine^{:.1f} of {}\n", model.size(), model.dims(), power,
             articles ? "whole articles" : "every unit pair");
  for (const auto& [name, m] : std::vector<std::pair<const char*, const align::detail::WordVectors*>>{
           {"model", &model}, {"random", &random}, {"permuted", &permuted}}) {
    std::vector<std::vector<align::Evaluation>> evals;
    for (double w : weights) {
      align::detail::Params p;
      p.vectors = m, p.dense = w, p.dense_power = power, p.dense_articles = articles;
      evals.push_back(bench::evaluate_setting(pairs, bench::score_all(pairs, p), p));
      fmt::print("{:<8} w={:.2f}:", name, w);
      fmt::print("{}", pair_cells(evals.back()));
      fmt::print("  objective={:.4f}\n", bench::objective(evals.back(), {}));
    }
    fmt::print("{:<8} leave-one-pair-out:", name);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      std::size_t best = 0;
      for (std::size_t s = 1; s < weights.size(); ++s)
        if (bench::objective(evals[s], {k}) > bench::objective(evals[best], {k}) + 1e-12) best = s;
      const auto& e = evals[best][k];
      fmt::print("  {} w={:.2f} P={:.3f} R={:.3f} F1={:.3f} NC={}", pairs[k].name, weights[best], e.precision, e.recall, e.f1,
                 nc_cell(e));
    }
    fmt::print("\n");
  }
}

// Internal citations as a structural signal (align/citations.hpp): the
// articles each article cites (a penalty article cites the duty it
// sanctions). Variant 1 is the aligner's citation term (Params::xref);
// 0 raises a pair by the best score of a pair of the articles both cite,
// without the penalty; 2 also counts one side citing the other's article.
// At the defaults otherwise.
void print_xref_scan(const std::vector<Loaded>& pairs) {
  const align::detail::Params defaults;
  for (const int variant : {0, 1, 2})
    for (double w : {0.0, 0.05, 0.1, 0.2, 0.3}) {
      if (w == 0 && variant > 0) continue;
      fmt::print("{} w={:.2f}:", variant == 0 ? "both-cite " : variant == 1 ? "+penalty  " : "cite->pair", w);
      std::vector<align::Evaluation> evals;
      for (const Loaded& l : pairs) {
        align::detail::Params p = defaults;
        p.xref = 0;
        align::detail::Scores s = align::detail::score_acts(*l.a, *l.b, p);
        s.cites_a = align::detail::cited_articles(*l.a), s.cites_b = align::detail::cited_articles(*l.b);
        if (variant == 1) {
          p.xref = w;
        } else {
          const align::SimilarityMatrix base = s.score;
          for (int i = 0; i < base.rows(); ++i)
            for (int j = 0; j < base.cols(); ++j) {
              double link = 0;
              for (int x : s.cites_a[i])
                for (int y : s.cites_b[j]) link = std::max(link, base.at(x, y));
              if (variant == 2) {
                for (int x : s.cites_a[i]) link = std::max(link, base.at(x, j));
                for (int y : s.cites_b[j]) link = std::max(link, base.at(i, y));
              }
              s.score.at(i, j) = base.at(i, j) + w * link;
            }
        }
        evals.push_back(align::evaluate(align::detail::select_pairs(*l.a, *l.b, s, {}, p), *l.a, *l.b, l.gold));
      }
      fmt::print("{}", pair_cells(evals));
      fmt::print("  objective={:.4f}\n", bench::objective(evals, {}));
    }
  for (const Loaded& l : pairs) {
    int na = 0, nb = 0;
    for (const auto& v : align::detail::cited_articles(*l.a)) na += !v.empty();
    for (const auto& v : align::detail::cited_articles(*l.b)) nb += !v.empty();
    fmt::print("{}: {} and {} articles cite an article of their own act\n", l.name, na, nb);
  }
}

// Item units (Params::item) at the default setting otherwise.
void print_item_scan(const std::vector<Loaded>& pairs) {
  for (double item : {0.0, 0.6, 0.7, 0.8, 0.9, 1.0}) {
    align::detail::Params p;
    p.item = item;
    const auto evals = bench::evaluate_setting(pairs, bench::score_all(pairs, p), p);
    fmt::print("item={:.1f}:", item);
    fmt::print("{}", pair_cells(evals));
    fmt::print("  objective={:.4f}\n", bench::objective(evals, {}));
    for (std::size_t k = 0; k < evals.size(); ++k)
      fmt::print("    {}: false {} missed {}\n", pairs[k].name, fmt::join(evals[k].false_positives, " "), fmt::join(evals[k].misses, " "));
  }
}

// Whether a model carries information at all, apart from the aligner: for
// each reference pair (strong and partial), the rank of its B article among
// all B articles by one similarity alone (no title, hub correction or
// prior): the lexical content score, or the dense cosine of the two whole
// articles, or (1 − w) × the first + w × the second. Mean reciprocal rank
// and the share ranked first, per pair.
void print_vector_ranks(const std::vector<Loaded>& pairs, const align::detail::WordVectors& model, unsigned seed) {
  const align::detail::WordVectors random = vector_control(model, "random", seed),
                                    permuted = vector_control(model, "permuted", seed);
  for (const auto& [name, m] : std::vector<std::pair<const char*, const align::detail::WordVectors*>>{
           {"lexical", nullptr}, {"model", &model}, {"random", &random}, {"permuted", &permuted}})
  for (const double w : m ? std::vector<double>{1.0, 0.3, 0.1} : std::vector<double>{0.0}) {
    fmt::print("{:<8} w={:.1f}", name, w);
    for (const Loaded& pair : pairs) {
      align::detail::Params p;
      p.title = 0, p.vectors = m, p.dense = w, p.dense_articles = true;
      const auto s = align::detail::score_acts(*pair.a, *pair.b, p);
      double rr = 0;
      int n = 0, first = 0;
      for (const align::GoldPair& g : pair.gold) {
        if (g.a.empty() || g.b.empty()) continue;
        const int i = article_index(*pair.a, g.a), j = article_index(*pair.b, g.b);
        if (i < 0 || j < 0) continue;
        int rank = 1;
        for (int x = 0; x < s.content.cols(); ++x) rank += s.content.at(i, x) > s.content.at(i, j);
        rr += 1.0 / rank, first += rank == 1, ++n;
      }
      fmt::print("  {}: MRR={:.3f} first={}/{}", pair.name, n ? rr / n : 0, first, n);
    }
    fmt::print("\n");
  }
}

// A reduced re-tune with the dense term: weight × power × hub × partial ×
// mutual floor, the rest at the defaults, for the model and its controls;
// the best point on all pairs and the leave-one-pair-out figures (the point
// best on the other two pairs, scored on the one left out). The w = 0 rows
// of the same grid are the aligner without vectors re-tuned the same way.
void print_vector_retune(const std::vector<Loaded>& pairs, const align::detail::WordVectors& model, unsigned seed, bool articles) {
  const align::detail::WordVectors random = vector_control(model, "random", seed),
                                    permuted = vector_control(model, "permuted", seed);
  for (const auto& [name, m] : std::vector<std::pair<const char*, const align::detail::WordVectors*>>{
           {"none", nullptr}, {"model", &model}, {"random", &random}, {"permuted", &permuted}}) {
    std::vector<align::detail::Params> settings;
    std::vector<std::vector<align::Evaluation>> evals;
    for (double w : m ? std::vector<double>{0.02, 0.05, 0.1, 0.2, 0.3} : std::vector<double>{0})
      for (double power : m ? std::vector<double>{1, 2, 3} : std::vector<double>{1})
        for (double hub : {0.7, 0.5, 0.9}) {
          align::detail::Params p;
          p.vectors = m, p.dense = w, p.dense_power = power, p.hub = hub, p.dense_articles = articles;
          const auto scores = bench::score_all(pairs, p);
          for (double partial : {0.06, 0.08, 0.10, 0.12})
            for (double mutual : {0.03, 0.05}) {
              p.partial = partial, p.mutual_min = mutual;
              settings.push_back(p);
              evals.push_back(bench::evaluate_setting(pairs, scores, p));
            }
        }
    auto best_of = [&](std::vector<std::size_t> excluded) {
      std::size_t best = 0;
      for (std::size_t s = 1; s < settings.size(); ++s)
        if (bench::objective(evals[s], excluded) > bench::objective(evals[best], excluded) + 1e-12) best = s;
      return best;
    };
    auto show = [&](std::size_t s) {
      return fmt::format("w={:.2f}^{:.0f} hub={:.1f} partial={:.2f} mutual={:.2f}", settings[s].dense, settings[s].dense_power,
                         settings[s].hub, settings[s].partial, settings[s].mutual_min);
    };
    const std::size_t all = best_of({});
    fmt::print("{:<8} {} settings; best on all pairs: {}:", name, settings.size(), show(all));
    for (const auto& e : evals[all]) fmt::print("  F1={:.3f} NC={}", e.f1, nc_cell(e));
    fmt::print("\n{:<8} leave-one-pair-out:", name);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      const std::size_t b = best_of({k});
      fmt::print("  {}: F1={:.3f} NC={} ({})", pairs[k].name, evals[b][k].f1, nc_cell(evals[b][k]), show(b));
    }
    fmt::print("\n");
  }
}

// A version pair's name ends in its two years ("funv 2018-2022").
bool is_version_pair(std::string_view name) {
  const std::size_t dash = name.rfind('-');
  return dash != std::string_view::npos && dash >= 4 && dash + 5 == name.size() && name[dash - 5] == ' ';
}

// Every flag main() reads, and those that take a value: anything else
// (--help, a typo) is refused, not run as the full grid, which ran over
// 100 minutes and took 15 GB here before it was stopped.
constexpr std::array<std::string_view, 20> kFlags = {
    "--grid", "--second-readings", "--labels-table", "--xref-scan", "--item-scan", "--corpus-df", "--with-dev",
    "--paraphrase-scan", "--vector-scan", "--vector-articles", "--vector-ranks", "--vector-retune",
    "--paraphrase-replace", "--exclude-dev", "--corpus-control", "--labels-only", "--smooth", "--items",
    "--selection-only", "--misses"};
constexpr std::array<std::string_view, 11> kValueFlags = {
    "--control-seed", "--corpus-mix", "--corpus-uniform", "--only", "--paraphrase-file", "--paraphrase-weight",
    "--paraphrases", "--vector-control", "--vector-power", "--vector-weight", "--vectors"};

void check_flags(int argc, char** argv) {
  for (int k = 1; k < argc; ++k) {
    const std::string_view f = argv[k];
    if (std::find(kValueFlags.begin(), kValueFlags.end(), f) != kValueFlags.end()) {
      if (++k == argc) throw Error(std::string(f), "needs a value");
    } else if (std::find(kFlags.begin(), kFlags.end(), f) == kFlags.end()) {
      throw Error(std::string(f), "unknown argument (the options are described at the top of bench/align_eval.cpp)");
    }
  }
}

}  // namespace

int main(int argc, char** argv) try {
  check_flags(argc, argv);
  const bool show_grid = argc > 1 && std::string_view(argv[1]) == "--grid";
  statute::Library lib({});
  std::vector<Loaded> pairs =
      bench::load_dev_pairs(lib, std::find(argv + 1, argv + argc, std::string_view("--second-readings")) != argv + argc);
  // --only versions|acts keeps the version pairs (a year range in the
  // name) or the two-act pairs: to measure a setting per kind of pair.
  if (const std::string_view only = option(argc, argv, "--only"); !only.empty()) {
    const bool want_versions = only == "versions";
    if (!want_versions && only != "acts") throw Error("--only", "takes versions or acts");
    std::erase_if(pairs, [&](const Loaded& l) { return is_version_pair(l.name) != want_versions; });
    std::map<std::size_t, std::size_t> renumber;  // groups stay consecutive indices
    for (Loaded& l : pairs) l.group = renumber.try_emplace(l.group, renumber.size()).first->second;
  }
  if (pairs.empty()) {
    std::cerr << "align_eval: no dev pair could be loaded\n";
    return 2;
  }
  if (std::find(argv + 1, argv + argc, std::string_view("--labels-table")) != argv + argc) {
    print_label_table(pairs);
    return 0;
  }
  if (std::find(argv + 1, argv + argc, std::string_view("--xref-scan")) != argv + argc) {
    print_xref_scan(pairs);
    return 0;
  }
  if (std::find(argv + 1, argv + argc, std::string_view("--item-scan")) != argv + argc) {
    print_item_scan(pairs);
    return 0;
  }
  if (std::find(argv + 1, argv + argc, std::string_view("--corpus-df")) != argv + argc) {
    print_corpus_df(lib, pairs, std::find(argv + 1, argv + argc, std::string_view("--with-dev")) != argv + argc);
    return 0;
  }
  const std::string_view file = option(argc, argv, "--paraphrase-file");
  const align::detail::Paraphrases file_model(file.empty() ? std::vector<align::detail::Paraphrases::PhrasePair>{}
                                                           : align::detail::Paraphrases::parse(bench::slurp(std::string(file))));
  const align::detail::Paraphrases& model = file.empty() ? align::detail::Paraphrases::builtin() : file_model;
  const std::string_view seed = option(argc, argv, "--control-seed");
  const align::detail::Paraphrases control = paraphrase_control(model, seed.empty() ? 11 : std::stoul(std::string(seed)));
  if (std::find(argv + 1, argv + argc, std::string_view("--paraphrase-scan")) != argv + argc) {
    print_paraphrase_scan(pairs, file.empty() ? nullptr : &file_model);
    return 0;
  }
  align::detail::Params defaults;
  const std::string_view vectors_file = option(argc, argv, "--vectors");
  const align::detail::WordVectors vectors(vectors_file.empty() ? align::detail::WordVectors()
                                                                : align::detail::WordVectors(bench::slurp(std::string(vectors_file))));
  if (std::find(argv + 1, argv + argc, std::string_view("--vector-scan")) != argv + argc) {
    if (vectors_file.empty()) throw Error("--vector-scan", "needs --vectors FILE");
    const std::string_view power = option(argc, argv, "--vector-power");
    print_vector_scan(pairs, vectors, seed.empty() ? 11 : std::stoul(std::string(seed)), power.empty() ? 1.0 : std::stod(std::string(power)),
                      std::find(argv + 1, argv + argc, std::string_view("--vector-articles")) != argv + argc);
    return 0;
  }
  if (std::find(argv + 1, argv + argc, std::string_view("--vector-ranks")) != argv + argc) {
    if (vectors_file.empty()) throw Error("--vector-ranks", "needs --vectors FILE");
    print_vector_ranks(pairs, vectors, seed.empty() ? 11 : std::stoul(std::string(seed)));
    return 0;
  }
  if (std::find(argv + 1, argv + argc, std::string_view("--vector-retune")) != argv + argc) {
    if (vectors_file.empty()) throw Error("--vector-retune", "needs --vectors FILE");
    print_vector_retune(pairs, vectors, seed.empty() ? 11 : std::stoul(std::string(seed)),
                        std::find(argv + 1, argv + argc, std::string_view("--vector-articles")) != argv + argc);
    return 0;
  }
  const std::string_view vector_kind = option(argc, argv, "--vector-control");
  const align::detail::WordVectors vector_ctl =
      vector_kind.empty() ? align::detail::WordVectors() : vector_control(vectors, vector_kind, seed.empty() ? 11 : std::stoul(std::string(seed)));
  if (!vectors_file.empty()) {
    defaults.vectors = vector_kind.empty() ? &vectors : &vector_ctl;
    if (const std::string_view w = option(argc, argv, "--vector-weight"); !w.empty()) defaults.dense = std::stod(std::string(w));
    if (const std::string_view w = option(argc, argv, "--vector-power"); !w.empty()) defaults.dense_power = std::stod(std::string(w));
    defaults.dense_articles = std::find(argv + 1, argv + argc, std::string_view("--vector-articles")) != argv + argc;
    fmt::print("vectors: {} ({} words × {} dims), weight {:.2f}\n", vector_kind.empty() ? "model" : vector_kind, vectors.size(),
               vectors.dims(), defaults.dense);
  }
  if (const std::string_view m = option(argc, argv, "--paraphrases"); !m.empty()) {
    defaults.features.paraphrases = m == "control" ? &control : &model;
    if (const std::string_view w = option(argc, argv, "--paraphrase-weight"); !w.empty())
      defaults.features.paraphrase_weight = std::stof(std::string(w));
    defaults.features.paraphrase_replace = std::find(argv + 1, argv + argc, std::string_view("--paraphrase-replace")) != argv + argc;
    const auto& kept = defaults.features.paraphrases->pairs();
    fmt::print("paraphrases: {} ({} pairs, the first {}|{}), weight {:.2f}\n", m == "control" ? "control" : "model", kept.size(),
               kept.empty() ? "" : kept[0].first, kept.empty() ? "" : kept[0].second, defaults.features.paraphrase_weight);
  }
  std::pair<align::detail::CorpusFrequencies, align::detail::CorpusFrequencies> corpus;
  if (const std::string_view m = option(argc, argv, "--corpus-mix"); !m.empty()) {
    const std::string_view uniform = option(argc, argv, "--corpus-uniform");
    corpus = corpus_and_control(lib, pairs, std::find(argv + 1, argv + argc, std::string_view("--with-dev")) != argv + argc,
                                std::find(argv + 1, argv + argc, std::string_view("--exclude-dev")) != argv + argc,
                                uniform.empty() ? 0 : static_cast<std::uint32_t>(std::stoul(std::string(uniform))));
    const bool ctl = !uniform.empty() || std::find(argv + 1, argv + argc, std::string_view("--corpus-control")) != argv + argc;
    defaults.features.corpus = ctl ? &corpus.second : &corpus.first;
    defaults.features.corpus_mix = std::stof(std::string(m));
    fmt::print("corpus document frequencies: {}, mix {}\n", ctl ? "control" : "corpus", m);
  }
  const bool quick = std::find(argv + 1, argv + argc, std::string_view("--labels-only")) != argv + argc;
  const bool smooth = std::find(argv + 1, argv + argc, std::string_view("--smooth")) != argv + argc;
  const bool items = std::find(argv + 1, argv + argc, std::string_view("--items")) != argv + argc;
  const bool selection_only = std::find(argv + 1, argv + argc, std::string_view("--selection-only")) != argv + argc;
  const bench::GridResult r = bench::run_grid(pairs, {!quick, smooth, items, !selection_only}, defaults);
  print_table(pairs, r);
  if (argc > 1 && std::string_view(argv[1]) == "--misses") print_misses(pairs, r.all_labelled);
  if (show_grid) {
    for (std::size_t s = 0; s < r.settings.size(); ++s) {
      fmt::print("{}  objective={:.4f} ", bench::describe(r.settings[s]), bench::objective(r.evals[s], {}));
      for (const auto& e : r.evals[s]) fmt::print(" F1={:.4f}/nc={:.4f}", e.f1, bench::no_counterpart_term(e));
      fmt::print("\n");
    }
  }
  return 0;
} catch (const Error& e) {
  std::cerr << "align_eval: " << e.what() << "\n";
  return 2;
}
