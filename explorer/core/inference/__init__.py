"""What a trained network does with one image, and where it looks: predictions, feature maps (with the
dense layer's input split by the layer each slice came from), Grad-CAM, and the paper's feature-reuse
heatmap (Figure 5), computed from the weights alone.

Everything here returns plain numpy arrays and dataclasses: the window draws them without touching a
tensor, from a worker thread that calls these functions.
"""

from .features import FeatureMaps, Strip, dense_strips, feature_maps, layer_names
from .formats import FormatChoice, choose_memory_format, measure_formats
from .gradcam import GradCam, grad_cam
from .prediction import Prediction, TopClass, predict
from .predictor import Predictor, predictor_from_checkpoint, predictor_from_model, predictor_from_pretrained
from .preprocessing import Preprocessed, PreprocessStep, as_image, preprocess
from .reuse import ReuseMatrix, reuse_heatmaps

__all__ = ["Predictor", "PreprocessStep", "Preprocessed", "TopClass", "Prediction", "Strip", "FeatureMaps",
           "GradCam", "ReuseMatrix", "predictor_from_checkpoint", "predictor_from_pretrained",
           "predictor_from_model", "preprocess", "predict", "feature_maps", "dense_strips", "grad_cam",
           "reuse_heatmaps", "layer_names", "as_image", "FormatChoice", "choose_memory_format", "measure_formats"]
