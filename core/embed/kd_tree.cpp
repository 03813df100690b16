#include "core/embed/kd_tree.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace flowscope {
namespace {
constexpr std::size_t kLeaf = 16;
}

KdTree::KdTree(const double* rows, std::size_t count, std::size_t dimension)
    : points_(rows, rows + count * dimension), order_(count), count_(count), dimension_(dimension) {
  std::iota(order_.begin(), order_.end(), std::size_t{0});
  nodes_.reserve(2 * (count / kLeaf + 1));
  if (count > 0) build(0, count);
}

std::size_t KdTree::build(std::size_t begin, std::size_t end) {
  const std::size_t index = nodes_.size();
  nodes_.push_back({begin, end});
  if (end - begin <= kLeaf) return index;
  int axis = 0;
  double widest = -1.0;
  for (std::size_t j = 0; j < dimension_; ++j) {
    double lo = INFINITY, hi = -INFINITY;
    for (std::size_t i = begin; i < end; ++i) {
      lo = std::min(lo, points_[order_[i] * dimension_ + j]);
      hi = std::max(hi, points_[order_[i] * dimension_ + j]);
    }
    if (hi - lo > widest) {
      widest = hi - lo;
      axis = static_cast<int>(j);
    }
  }
  if (!(widest > 0)) return index;  // all points equal: stay a leaf
  const std::size_t middle = begin + (end - begin) / 2;
  const auto coordinate = [&](std::size_t i) { return points_[i * dimension_ + static_cast<std::size_t>(axis)]; };
  std::nth_element(order_.begin() + static_cast<std::ptrdiff_t>(begin), order_.begin() + static_cast<std::ptrdiff_t>(middle),
                   order_.begin() + static_cast<std::ptrdiff_t>(end),
                   [&](std::size_t a, std::size_t b) { return coordinate(a) < coordinate(b); });
  const double split = coordinate(order_[middle]);
  const std::size_t left = build(begin, middle);
  const std::size_t right = build(middle, end);
  nodes_[index].axis = axis;
  nodes_[index].split = split;
  nodes_[index].left = left;
  nodes_[index].right = right;
  return index;
}

void KdTree::search(std::size_t node_index, const double* query, std::size_t k,
                    const std::function<bool(std::size_t)>& skip,
                    std::vector<std::pair<double, std::size_t>>& best) const {
  const Node& node = nodes_[node_index];
  if (node.axis < 0) {
    for (std::size_t i = node.begin; i < node.end; ++i) {
      const std::size_t p = order_[i];
      if (skip && skip(p)) continue;
      double d2 = 0.0;
      for (std::size_t j = 0; j < dimension_; ++j) {
        const double u = points_[p * dimension_ + j] - query[j];
        d2 += u * u;
      }
      if (best.size() < k || d2 < best.back().first) {
        const auto at = std::upper_bound(best.begin(), best.end(), std::make_pair(d2, p));
        best.insert(at, {d2, p});
        if (best.size() > k) best.pop_back();
      }
    }
    return;
  }
  const double delta = query[node.axis] - node.split;
  const std::size_t near = delta < 0 ? node.left : node.right, far = delta < 0 ? node.right : node.left;
  search(near, query, k, skip, best);
  if (best.size() < k || delta * delta < best.back().first) search(far, query, k, skip, best);
}

std::vector<std::pair<double, std::size_t>> KdTree::nearest(const double* query, std::size_t k,
                                                            const std::function<bool(std::size_t)>& skip) const {
  std::vector<std::pair<double, std::size_t>> best;
  best.reserve(k + 1);
  if (count_ > 0 && k > 0) search(0, query, k, skip, best);
  return best;
}

}  // namespace flowscope
