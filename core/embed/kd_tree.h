#pragma once
// A k-d tree over points in a few dimensions (rows of a row-major array) for
// nearest-neighbour queries; split on the widest coordinate at the median,
// leaves of up to 16 points. Queries are const and thread-safe.
#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace flowscope {

class KdTree {
 public:
  // Copies the points.
  KdTree(const double* rows, std::size_t count, std::size_t dimension);

  // The k nearest points to query (squared distance, index), nearest first,
  // skipping those for which skip(index) is true (a Theiler window, the point itself).
  std::vector<std::pair<double, std::size_t>> nearest(const double* query, std::size_t k,
                                                      const std::function<bool(std::size_t)>& skip = {}) const;

  std::size_t size() const { return count_; }

 private:
  struct Node {
    std::size_t begin, end;  // range of order_
    int axis = -1;           // -1: leaf
    double split = 0.0;
    std::size_t left = 0, right = 0;
  };
  std::size_t build(std::size_t begin, std::size_t end);
  void search(std::size_t node, const double* query, std::size_t k, const std::function<bool(std::size_t)>& skip,
              std::vector<std::pair<double, std::size_t>>& best) const;

  std::vector<double> points_;
  std::vector<std::size_t> order_;
  std::vector<Node> nodes_;
  std::size_t count_, dimension_;
};

}  // namespace flowscope
