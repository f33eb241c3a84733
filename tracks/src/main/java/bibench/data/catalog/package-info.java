/**
 * The tasks BiBench-J knows, by id ({@link bibench.data.catalog.Tasks}): each one's facts and
 * loader. It sits above the formats ({@code bibench.data.image}, {@code audio}, {@code text},
 * {@code points}), which in turn build on {@code bibench.data}, so no package of the data layer
 * depends on one above it.
 */
package bibench.data.catalog;
