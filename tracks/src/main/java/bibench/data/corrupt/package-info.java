/**
 * CIFAR-10-C-style image corruptions for BiBench's corruption-robustness track, after Hendrycks
 * and Dietterich 2019, "Benchmarking Neural Network Robustness to Common Corruptions and
 * Perturbations" (ICLR 2019, arXiv 1903.12261), with the CIFAR-10 parameters of their reference
 * code {@code make_cifar_c.py}.
 *
 * <p>Entry points: {@link bibench.data.corrupt.Corruptions} (registry by id, and corrupting a whole
 * {@link bibench.data.Split}), {@link bibench.data.corrupt.Corruption} (one corruption, its
 * parameters per severity), {@link bibench.data.corrupt.CorruptionSheet} (a PNG of one image under
 * every corruption and severity).
 *
 * <p>Implemented: the ten required corruptions of TRACKS.md (gaussian_noise, shot_noise,
 * impulse_noise, speckle_noise, gaussian_blur, contrast, brightness, saturate, jpeg_compression,
 * pixelate) and eight optional ones (defocus_blur, glass_blur, motion_blur, zoom_blur, snow, fog,
 * elastic_transform, spatter). Frost is not: it blends in photographs of frost that the reference
 * ships and this project does not.
 *
 * <p>Fidelity to the reference's libraries, checked during development and pinned by tests where
 * a small fixture suffices: JPEG is byte-identical to Pillow 9.4 at the same quality; pixelate is
 * within one 8-bit level of Pillow's BOX resize (Pillow rounds between passes); Gaussian filters,
 * {@code zoom} and {@code map_coordinates} match SciPy to float precision; motion blur matches
 * ImageMagick 6.9.11 to its 16-bit precision; Canny, the chamfer distance transform, histogram
 * equalisation, the defocus disk and the affine solve match OpenCV 4.6. Differences that remain:
 * images stay float (the reference rounds or truncates to 8 bits in places and saves uint8), random
 * numbers come from our own keyed streams (so no pixel-identical noise), and OpenCV's 1/32-pixel
 * bilinear weights in elastic's affine warp are exact here.
 *
 * <p>Images are CHW floats in [0, 1] with 1 or 3 channels and any size; every output is clipped
 * to [0, 1]. On gray images colour corruptions act on the single channel: brightness adds to it
 * (it is V), saturate leaves it unchanged (S is 0), snow's whitening uses it as the luma, and
 * spatter's colours become their luma.
 */
package bibench.data.corrupt;
