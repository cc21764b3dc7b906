"""DenseNet Explorer: see, tweak, train and explain Densely Connected Convolutional Networks."""

__version__ = "0.1.0"
