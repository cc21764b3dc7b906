<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>CardsView</name>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="92" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="200" />
            <source>unchanged</source>
            <translation>변화 없음</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="206" />
            <source>{title}: memory-efficient mode keeps {pct:.0f}% of the plain training step's memory</source>
            <translation>{title}: 메모리 효율 모드는 일반 학습 단계 메모리의 {pct:.0f}%만 씁니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="212" />
            <source>{d} params</source>
            <translation>파라미터 {d}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="212" />
            <source>{d} multiply-adds</source>
            <translation>곱셈-누산 {d}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="213" />
            <source>{d} connections</source>
            <translation>연결 {d}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="219" />
            <source>Parameters</source>
            <translation>파라미터</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="219" />
            <source>Learnable weights; the paper's tables count these (DenseNet-BC L=100, k=12: 0.8M)</source>
            <translation>학습 가능한 가중치. 논문의 표가 세는 값입니다 (DenseNet-BC L=100, k=12: 0.8M)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="221" />
            <source>Multiply-adds</source>
            <translation>곱셈-누산</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="221" />
            <source>Multiply-adds of the convolutions and the classifier for one image</source>
            <translation>이미지 한 장에 대한 합성곱과 분류기의 곱셈-누산 수</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="223" />
            <source>Connections</source>
            <translation>연결</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="223" />
            <source>Direct connections: a dense block of L layers has L(L+1)/2</source>
            <translation>직접 연결 수: L개 층의 밀집 블록에는 L(L+1)/2개가 있습니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="225" />
            <source>Parameter memory</source>
            <translation>파라미터 메모리</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="225" />
            <source>The parameters as 32-bit floats</source>
            <translation>32비트 부동소수점으로 저장한 파라미터</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="226" />
            <source>Training step</source>
            <translation>학습 단계</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="226" />
            <source>One SGD step: parameters, gradients, momentum and the activations kept for backward (a dense block of 8 layers or more keeps its feature maps once, in one shared buffer), at the batch size below</source>
            <translation>SGD 한 단계: 아래 배치 크기에서 파라미터, 기울기, 모멘텀, 역전파용으로 보관하는 활성값 (8층 이상인 밀집 블록은 특징 맵을 공유 버퍼 하나에 한 번만 보관)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="230" />
            <source>Training step, memory-efficient</source>
            <translation>학습 단계, 메모리 효율 모드</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="231" />
            <source>The same step in memory-efficient mode: each layer's BatchNorm-ReLUs are recomputed in the backward pass instead of kept</source>
            <translation>메모리 효율 모드의 같은 단계: 각 층의 BN-ReLU를 보관하지 않고 역전파에서 다시 계산합니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="237" />
            <source>Batch size for the memory cards:</source>
            <translation>메모리 카드의 배치 크기:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/cards_view.py" line="238" />
            <source>Images per training step</source>
            <translation>학습 단계당 이미지 수</translation>
        </message>
    </context>
    <context>
        <name>ConfigPanel</name>
        <message>
            <location filename="../../ui/panels/config_panel.py" line="46" />
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_panel.py" line="268" />
            <source>Preset:</source>
            <translation>프리셋:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_panel.py" line="269" />
            <source>Custom network</source>
            <translation>사용자 정의 네트워크</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_panel.py" line="278" />
            <source>The networks of the paper: CIFAR (Table 2) and ImageNet (Table 1)</source>
            <translation>논문의 네트워크: CIFAR(표 2)와 ImageNet(표 1)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_panel.py" line="279" />
            <source>Family:</source>
            <translation>계열:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_panel.py" line="280" />
            <source>DenseNet: 3×3 convs only; DenseNet-BC: bottleneck (B) and compression (C, θ = 0.5); other families are the paper's baselines</source>
            <translation>DenseNet: 3×3 합성곱만 사용; DenseNet-BC: 병목(B)과 압축(C, θ = 0.5); 다른 계열은 논문의 비교 기준 모델입니다</translation>
        </message>
    </context>
    <context>
        <name>DenseForm</name>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="116" />
            <source>CIFAR: 3×3 conv</source>
            <translation>CIFAR: 3×3 합성곱</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="117" />
            <source>ImageNet: 7×7/2 conv, 3×3/2 max pool</source>
            <translation>ImageNet: 7×7/2 합성곱, 3×3/2 최대 풀링</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="118" />
            <source>auto</source>
            <translation>자동</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="119" />
            <source>The paper's choice: 2k for DenseNet-BC, 16 otherwise</source>
            <translation>논문의 선택: DenseNet-BC는 2k, 그 외에는 16</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="121" />
            <source>Depth L:</source>
            <translation>깊이 L:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="122" />
            <source>&lt;b&gt;Depth L&lt;/b&gt;: the number of layers with weights: the convs of the dense layers and transitions, the first conv and the classifier.&lt;br&gt;With three equal blocks each has (L−4)/3 layers, or (L−4)/6 with bottleneck.&lt;br&gt;Paper: L = 40, 100 (DenseNet); 100, 250, 190 (DenseNet-BC). The slider moves through valid depths only.</source>
            <translation>&lt;b&gt;깊이 L&lt;/b&gt;: 가중치가 있는 층의 수: 밀집 층과 전이 층의 합성곱, 첫 합성곱, 분류기.&lt;br&gt;같은 크기의 블록 3개라면 블록마다 (L−4)/3개 층, 병목을 쓰면 (L−4)/6개 층입니다.&lt;br&gt;논문: L = 40, 100 (DenseNet); 100, 250, 190 (DenseNet-BC). 슬라이더는 유효한 깊이로만 움직입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="126" />
            <source>Growth rate k:</source>
            <translation>성장률 k:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="127" />
            <source>&lt;b&gt;Growth rate k&lt;/b&gt;: feature maps each dense layer adds. Layer ℓ of a block receives k₀ + k·(ℓ−1) maps.&lt;br&gt;Paper: k = 12, 24, 40; ImageNet k = 32 (48 for DenseNet-161).</source>
            <translation>&lt;b&gt;성장률 k&lt;/b&gt;: 밀집 층 하나가 더하는 특징 맵의 수. 블록의 ℓ번째 층은 k₀ + k·(ℓ−1)개의 맵을 받습니다.&lt;br&gt;논문: k = 12, 24, 40; ImageNet은 k = 32 (DenseNet-161은 48).</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="129" />
            <source>Compression θ:</source>
            <translation>압축률 θ:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="130" />
            <source>&lt;b&gt;Compression θ&lt;/b&gt;: a transition keeps ⌊θ·m⌋ of the m maps it receives.&lt;br&gt;θ = 1: no compression (DenseNet); θ &amp;lt; 1: DenseNet-C; the paper uses θ = 0.5.</source>
            <translation>&lt;b&gt;압축률 θ&lt;/b&gt;: 전이 층은 받은 m개의 맵 중 ⌊θ·m⌋개를 남깁니다.&lt;br&gt;θ = 1: 압축 없음 (DenseNet); θ &amp;lt; 1: DenseNet-C; 논문은 θ = 0.5를 씁니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="132" />
            <source>Bottleneck (B):</source>
            <translation>병목 (B):</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="133" />
            <source>&lt;b&gt;Bottleneck&lt;/b&gt;: a 1×1 conv to 4k maps before each 3×3 conv (BN-ReLU-Conv(1×1)-BN-ReLU-Conv(3×3)), cutting the cost of the growing input. DenseNet-B.</source>
            <translation>&lt;b&gt;병목&lt;/b&gt;: 각 3×3 합성곱 앞에 4k개 맵으로 줄이는 1×1 합성곱을 둡니다 (BN-ReLU-합성곱(1×1)-BN-ReLU-합성곱(3×3)). 계속 커지는 입력의 계산량을 줄입니다. DenseNet-B.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="135" />
            <source>Bottleneck width:</source>
            <translation>병목 너비:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="136" />
            <source>Maps of the 1×1 bottleneck conv, in multiples of k (the paper: 4, so 4k maps).</source>
            <translation>1×1 병목 합성곱의 맵 수, k의 배수 (논문: 4, 즉 4k개 맵).</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="137" />
            <source>Layers per block:</source>
            <translation>블록별 층 수:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="138" />
            <source>Dense layers in each block, separated by commas (1 to 8 blocks).&lt;br&gt;Paper: 16, 16, 16 for DenseNet-BC L=100; 6, 12, 24, 16 for DenseNet-121.</source>
            <translation>각 블록의 밀집 층 수, 쉼표로 구분 (블록 1~8개).&lt;br&gt;논문: DenseNet-BC L=100은 16, 16, 16; DenseNet-121은 6, 12, 24, 16.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="140" />
            <source>Initial features k₀:</source>
            <translation>초기 특징 수 k₀:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="141" />
            <source>&lt;b&gt;k₀&lt;/b&gt; of the first block: maps the first convolution produces.&lt;br&gt;The paper: 2k for DenseNet-BC, 16 for DenseNet; 64 for DenseNet-121.</source>
            <translation>첫 블록의 &lt;b&gt;k₀&lt;/b&gt;: 첫 합성곱이 만드는 맵 수.&lt;br&gt;논문: DenseNet-BC는 2k, DenseNet은 16; DenseNet-121은 64.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="143" />
            <source>Stem:</source>
            <translation>스템:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="144" />
            <source>How the image enters: CIFAR nets start with one 3×3 conv; ImageNet nets with a 7×7 conv of stride 2 and a 3×3 max pool of stride 2.</source>
            <translation>이미지가 들어오는 방식: CIFAR 네트워크는 3×3 합성곱 하나로 시작하고, ImageNet 네트워크는 스트라이드 2의 7×7 합성곱과 스트라이드 2의 3×3 최대 풀링으로 시작합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="146" />
            <source>Input size:</source>
            <translation>입력 크기:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="146" />
            <source>Height = width of the input image in pixels (CIFAR 32, ImageNet 224). Each transition halves it.</source>
            <translation>입력 이미지의 높이 = 너비 (픽셀, CIFAR 32, ImageNet 224). 전이 층마다 절반이 됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="148" />
            <source>Classes:</source>
            <translation>클래스 수:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="148" />
            <source>Outputs of the classifier (CIFAR-10: 10, CIFAR-100: 100, ImageNet: 1000).</source>
            <translation>분류기의 출력 수 (CIFAR-10: 10, CIFAR-100: 100, ImageNet: 1000).</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="150" />
            <source>Dropout:</source>
            <translation>드롭아웃:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="150" />
            <source>Dropout rate after each conv but the first; the paper uses 0.2 on C10, C100 and SVHN without data augmentation.</source>
            <translation>첫 번째를 제외한 각 합성곱 뒤의 드롭아웃 비율; 논문은 데이터 증강 없는 C10, C100, SVHN에서 0.2를 씁니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="152" />
            <source>Input channels:</source>
            <translation>입력 채널:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_dense.py" line="152" />
            <source>3 for colour images, 1 for grey.</source>
            <translation>컬러 이미지는 3, 흑백은 1.</translation>
        </message>
    </context>
    <context>
        <name>DiagramCanvas</name>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="186" />
            <location filename="../../ui/panels/diagram/canvas.py" line="246" />
            <source>Stem</source>
            <translation>스템</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="187" />
            <location filename="../../ui/panels/diagram/canvas.py" line="225" />
            <source>{n} ch</source>
            <translation>{n}채널</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="189" />
            <location filename="../../ui/panels/diagram/canvas.py" line="247" />
            <source>Classifier</source>
            <translation>분류기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="190" />
            <location filename="../../ui/panels/diagram/canvas.py" line="227" />
            <location filename="../../ui/panels/diagram/canvas.py" line="233" />
            <source>{n} classes</source>
            <translation>클래스 {n}개</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="193" />
            <location filename="../../ui/panels/diagram/canvas.py" line="247" />
            <source>Max pool</source>
            <translation>최대 풀링</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="193" />
            <location filename="../../ui/panels/diagram/canvas.py" line="246" />
            <source>Transition</source>
            <translation>전이 층</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="232" />
            <location filename="../../ui/panels/diagram/canvas.py" line="270" />
            <source>{a}→{b} ch</source>
            <translation>{a}→{b}채널</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="311" />
            <source>collapse</source>
            <translation>접기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="311" />
            <source>show all {n}</source>
            <translation>{n}개 모두 보기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="327" />
            <source>{n} more layers: click to show them</source>
            <translation>층 {n}개 더 있음: 클릭하면 보입니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/canvas.py" line="347" />
            <source>Join: the elementwise mean of columns {cols}</source>
            <translation>결합: 열 {cols}의 원소별 평균</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/export.py" line="59" />
            <source>DenseNet Explorer diagram</source>
            <translation>DenseNet Explorer 다이어그램</translation>
        </message>
    </context>
    <context>
        <name>DiagramTexts</name>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="32" />
            <source>drag to pan, wheel to zoom; click … to expand a block.</source>
            <translation>드래그로 이동, 휠로 확대/축소, …을 클릭하면 블록을 펼칩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="34" />
            <source>Plain network, a chain: each layer has one input, the previous layer's output, x_ℓ = H_ℓ(x_{ℓ−1}). Hover or click a layer to see it;</source>
            <translation>일반 네트워크(체인): 각 층은 바로 앞 층의 출력 하나만 입력으로 받습니다, x_ℓ = H_ℓ(x_{ℓ−1}). 층에 마우스를 올리거나 클릭하면 자세히 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="37" />
            <source>Residual network: each unit adds its input back through a shortcut (the arc over it), {formula}. Hover or click a unit to see it;</source>
            <translation>잔차 네트워크: 각 유닛은 숏컷(위쪽의 호)으로 입력을 다시 더합니다, {formula}. 유닛에 마우스를 올리거나 클릭하면 자세히 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="40" />
            <source>FractalNet: each block has C columns of conv units, f_{C+1}(z) = join(f_C(f_C(z)), conv(z)); J joins (averages) the columns that end together. Hover or click a unit or a join to see it;</source>
            <translation>FractalNet: 각 블록은 합성곱 유닛으로 이루어진 열 C개로 구성됩니다, f_{C+1}(z) = 결합(f_C(f_C(z)), 합성곱(z)). J는 함께 끝나는 열들을 결합(평균)합니다. 유닛이나 결합에 마우스를 올리거나 클릭하면 자세히 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="44" />
            <source>DenseNet: each layer receives the feature maps of all earlier layers of its block, concatenated. Hover or click a layer to see them;</source>
            <translation>DenseNet: 각 층은 같은 블록에 있는 앞선 모든 층의 특징 맵을 이어 붙여 입력으로 받습니다. 층에 마우스를 올리거나 클릭하면 그 층이 받는 특징 맵이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="49" />
            <source>Dense block {b}</source>
            <translation>밀집 블록 {b}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="49" />
            <location filename="../../ui/panels/diagram/texts.py" line="50" />
            <source>Stage {b}</source>
            <translation>스테이지 {b}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="50" />
            <source>Fractal block {b}</source>
            <translation>프랙탈 블록 {b}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="51" />
            <source>Block {b}</source>
            <translation>블록 {b}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="60" />
            <source>{n} units, a chain · {k0} → {m} channels
{h}×{w} · {c} connections</source>
            <translation>유닛 {n}개, 체인 · {k0} → {m}채널
{h}×{w} · 연결 {c}개</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="62" />
            <source>{n} residual units · {k0} → {m} channels
{h}×{w} · {c} connections</source>
            <translation>잔차 유닛 {n}개 · {k0} → {m}채널
{h}×{w} · 연결 {c}개</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="65" />
            <source>{n} conv units, {j} joins · {k0} → {m} channels
{h}×{w} · {c} connections</source>
            <translation>합성곱 유닛 {n}개, 결합 {j}개 · {k0} → {m}채널
{h}×{w} · 연결 {c}개</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="67" />
            <source>{n} layers · {k0} → {m} channels
{h}×{w} · {c} connections</source>
            <translation>층 {n}개 · {k0} → {m}채널
{h}×{w} · 연결 {c}개</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="86" />
            <source>{name}: block {b}, layer ℓ={l} receives [{src}], the maps of all earlier layers, concatenated: k₀ + k·(ℓ−1) = {formula} channels; it adds k = {k}.</source>
            <translation>{name}: 블록 {b}, 층 ℓ={l}의 입력은 앞선 모든 층의 특징 맵 [{src}]을 이어 붙인 것입니다: k₀ + k·(ℓ−1) = {formula}채널. 이 층은 특징 맵 k = {k}개를 더합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="91" />
            <source>, stride 2</source>
            <translation>, 스트라이드 2</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="94" />
            <source>{name}: stage {b}, layer ℓ={l} has one input, the previous layer's output x_{{ℓ−1}} = {src} ({cin} channels): x_ℓ = H_ℓ(x_{{ℓ−1}}), no shortcut; {cout} channels out, {h}×{w}{stride}.</source>
            <translation>{name}: 스테이지 {b}, 층 ℓ={l}의 입력은 앞 층의 출력 x_{{ℓ−1}} = {src} ({cin}채널) 하나뿐입니다: x_ℓ = H_ℓ(x_{{ℓ−1}}), 숏컷 없음. 출력 {cout}채널, {h}×{w}{stride}.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="102" />
            <source>the identity, subsampled and zero-padded, {a} → {b} channels (option A, no weights)</source>
            <translation>서브샘플링하고 제로 패딩한 항등 매핑, {a} → {b}채널 (옵션 A, 가중치 없음)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="105" />
            <source>a 1×1 projection, {a} → {b} channels</source>
            <translation>1×1 사영, {a} → {b}채널</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="107" />
            <source>the identity, {c} channels</source>
            <translation>항등 매핑, {c}채널</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="108" />
            <source>{name}: stage {b}, unit ℓ={l} receives x_{{ℓ−1}} = {src} ({cin} channels): {formula}; H_ℓ maps {cin} → {cout} channels, {h}×{w}{stride}; shortcut: {shortcut}.</source>
            <translation>{name}: 스테이지 {b}, 유닛 ℓ={l}의 입력은 x_{{ℓ−1}} = {src} ({cin}채널)입니다: {formula}. H_ℓ: {cin} → {cout}채널, {h}×{w}{stride}. 숏컷: {shortcut}.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="115" />
            <source>the block input x₀</source>
            <translation>블록 입력 x₀</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="117" />
            <source>the join of columns {cols}</source>
            <translation>열 {cols}의 결합</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="119" />
            <source>unit {u} of its column</source>
            <translation>같은 열의 유닛 {u}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="120" />
            <source>{name}: block {b}, column {c} of {C}, unit {u} of {n}: conv3×3-BN-ReLU, {cin} → {cout} channels, reads {source}. f_1(z) = conv(z), f_{{C+1}}(z) = join(f_C(f_C(z)), conv(z)).</source>
            <translation>{name}: 블록 {b}, 열 {c}/{C}, 유닛 {u}/{n}: 합성곱3×3-BN-ReLU, {cin} → {cout}채널, 입력: {source}. f_1(z) = 합성곱(z), f_{{C+1}}(z) = 결합(f_C(f_C(z)), 합성곱(z)).</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="128" />
            <source>the next unit of columns {cols}</source>
            <translation>열 {cols}의 다음 유닛</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="129" />
            <source>the block's output (then the max pool)</source>
            <translation>블록의 출력 (이어서 최대 풀링)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram/texts.py" line="130" />
            <source>Block {b}, join at depth {d} of {D}: the elementwise mean of columns {cols} ({c} channels, {h}×{w}); it feeds {feeds}. f_{{C+1}}(z) = join(f_C(f_C(z)), conv(z)).</source>
            <translation>블록 {b}, 깊이 {d}/{D}의 결합: 열 {cols}의 원소별 평균 ({c}채널, {h}×{w}). 출력이 가는 곳: {feeds}. f_{{C+1}}(z) = 결합(f_C(f_C(z)), 합성곱(z)).</translation>
        </message>
    </context>
    <context>
        <name>DiagramView</name>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="31" />
            <source>Diagram</source>
            <translation>다이어그램</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="146" />
            <source>Export the diagram as PNG</source>
            <translation>다이어그램을 PNG로 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="147" />
            <source>PNG images (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="154" />
            <location filename="../../ui/panels/diagram_view.py" line="164" />
            <source>Saved {path}</source>
            <translation>{path}에 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="152" />
            <location filename="../../ui/panels/diagram_view.py" line="155" />
            <location filename="../../ui/panels/diagram_view.py" line="166" />
            <source>Could not write {path}</source>
            <translation>{path}에 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="159" />
            <source>Export the diagram as SVG</source>
            <translation>다이어그램을 SVG로 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="160" />
            <source>SVG drawings (*.svg)</source>
            <translation>SVG 그림 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="169" />
            <source>Zoom in (wheel up, Ctrl++)</source>
            <translation>확대 (휠 위로, Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="170" />
            <source>Zoom out (wheel down, Ctrl+−)</source>
            <translation>축소 (휠 아래로, Ctrl+−)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="171" />
            <source>Fit</source>
            <translation>맞추기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="171" />
            <source>Fit the whole network in view</source>
            <translation>네트워크 전체를 화면에 맞춥니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="172" />
            <source>Expand</source>
            <translation>펼치기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="172" />
            <source>Draw every layer of every block</source>
            <translation>모든 블록의 모든 층을 그립니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="173" />
            <source>Collapse</source>
            <translation>접기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="173" />
            <source>Show only the first and last layers of large blocks</source>
            <translation>큰 블록은 처음과 마지막 층만 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="174" />
            <source>Export the diagram as a PNG image</source>
            <translation>다이어그램을 PNG 이미지로 내보냅니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/diagram_view.py" line="175" />
            <source>Export the diagram as an SVG drawing</source>
            <translation>다이어그램을 SVG 그림으로 내보냅니다</translation>
        </message>
    </context>
    <context>
        <name>GenericForm</name>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="66" />
            <source>Depth L:</source>
            <translation>깊이 L:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="66" />
            <source>Width:</source>
            <translation>너비:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="66" />
            <source>Shortcut:</source>
            <translation>숏컷:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="67" />
            <source>Survival p_L of the last unit:</source>
            <translation>마지막 유닛의 생존 확률 p_L:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="68" />
            <source>Widen factor k:</source>
            <translation>너비 배수 k:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="68" />
            <source>Dropout:</source>
            <translation>드롭아웃:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="69" />
            <source>Columns C:</source>
            <translation>열 수 C:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="69" />
            <source>Channels per block:</source>
            <translation>블록별 채널:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="70" />
            <source>Local drop-path:</source>
            <translation>지역 드롭패스:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="70" />
            <source>Global drop-path:</source>
            <translation>전역 드롭패스:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="71" />
            <source>Bottleneck (B):</source>
            <translation>병목 (B):</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="71" />
            <source>Classes:</source>
            <translation>클래스 수:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="72" />
            <source>Input channels:</source>
            <translation>입력 채널:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="72" />
            <source>Input size:</source>
            <translation>입력 크기:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/config_generic.py" line="90" />
            <source>auto</source>
            <translation>자동</translation>
        </message>
    </context>
    <context>
        <name>InstantiatePanel</name>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="45" />
            <source>Instantiate</source>
            <translation>인스턴스화</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="191" />
            <source>{ms:.1f} ms</source>
            <translation>{ms:.1f} ms</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="192" />
            <source>{n} parameters</source>
            <translation>파라미터 {n}개</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="193" />
            <source>{params} parameters + {buffers} buffers</source>
            <translation>파라미터 {params} + 버퍼 {buffers}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="196" />
            <source> ({alloc} allocated on the device)</source>
            <translation> (장치에 {alloc} 할당)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="203" />
            <source>{median} ms median ({low}–{high} ms, 1 run)</source>
            <translation>중앙값 {median} ms ({low}–{high} ms, 1회 실행)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="204" />
            <source>{median} ms median ({low}–{high} ms, {runs} runs)</source>
            <translation>중앙값 {median} ms ({low}–{high} ms, {runs}회 실행)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="211" />
            <source>{n} image/s at batch {b}</source>
            <translation>배치 {b}에서 초당 {n}장</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="211" />
            <source>{n} images/s at batch {b}</source>
            <translation>배치 {b}에서 초당 {n}장</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="221" />
            <source>Estimated memory for a forward pass at batch {b}: {mem} (from the ledger; checked against the device's free memory before building)</source>
            <translation>배치 {b}의 순전파 예상 메모리: {mem} (층별 채널 표로 추정, 만들기 전에 장치의 남은 메모리와 비교합니다)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="227" />
            <source>checking memory</source>
            <translation>메모리 확인 중</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="227" />
            <source>building</source>
            <translation>만드는 중</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="228" />
            <source>warming up</source>
            <translation>예열 중</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="228" />
            <source>timing</source>
            <translation>시간 측정 중</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="232" />
            <source>Loading torch in the background…</source>
            <translation>백그라운드에서 torch를 불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="233" />
            <source>Pick a device and a batch size, then build.</source>
            <translation>장치와 배치 크기를 고른 뒤 만드세요.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="234" />
            <source>Building on {device}…</source>
            <translation>{device}에서 만드는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="234" />
            <source>{stage}…</source>
            <translation>{stage}…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="235" />
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="235" />
            <source>Cancelled.</source>
            <translation>취소했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="236" />
            <source>Built and measured on {device}.</source>
            <translation>{device}에서 만들고 측정했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="236" />
            <source>Refused or failed: {error}</source>
            <translation>거부 또는 실패: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="237" />
            <source>torch could not be loaded: {error}</source>
            <translation>torch를 불러올 수 없습니다: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="241" />
            <source>Device:</source>
            <translation>장치:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="242" />
            <source>Where to build the network; unavailable devices say why</source>
            <translation>네트워크를 만들 장치. 쓸 수 없는 장치에는 이유가 표시됩니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="243" />
            <source>Batch size:</source>
            <translation>배치 크기:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="244" />
            <source>Images per forward pass for the latency and throughput</source>
            <translation>지연 시간과 처리량을 잴 때 순전파 한 번의 이미지 수</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="245" />
            <source>Build and measure</source>
            <translation>만들고 측정</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="246" />
            <source>Build the real network on the device, then time its forward pass</source>
            <translation>장치에 실제 네트워크를 만들고 순전파 시간을 잽니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="247" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="248" />
            <source>Device</source>
            <translation>장치</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="248" />
            <source>Build time</source>
            <translation>생성 시간</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="248" />
            <source>Parameters</source>
            <translation>파라미터</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="249" />
            <source>Memory on the device</source>
            <translation>장치 메모리</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="249" />
            <source>Forward latency</source>
            <translation>순전파 지연 시간</translation>
        </message>
        <message>
            <location filename="../../ui/panels/instantiate_panel.py" line="250" />
            <source>Throughput</source>
            <translation>처리량</translation>
        </message>
    </context>
    <context>
        <name>LedgerTableModel</name>
        <message>
            <location filename="../../ui/models.py" line="154" />
            <source>Input channels: k₀ + k·(ℓ−1) = {formula}</source>
            <translation>입력 채널: k₀ + k·(ℓ−1) = {formula}</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="155" />
            <source>Parameters: {params}; multiply-adds: {macs}</source>
            <translation>파라미터: {params}, 곱셈-누산: {macs}</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="157" />
            <source>Kept for backward per image: {plain} (memory-efficient: {eff})</source>
            <translation>이미지당 역전파용 보관: {plain} (메모리 효율 모드: {eff})</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="162" />
            <source>Layer</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="162" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="162" />
            <source>Block</source>
            <translation>블록</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="163" />
            <source>Input channels (k₀ + k·(ℓ−1))</source>
            <translation>입력 채널 (k₀ + k·(ℓ−1))</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="163" />
            <source>Output channels</source>
            <translation>출력 채널</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="164" />
            <source>Output size</source>
            <translation>출력 크기</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="164" />
            <source>Parameters</source>
            <translation>파라미터</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="164" />
            <source>Multiply-adds</source>
            <translation>곱셈-누산</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="165" />
            <source>Kept for backward</source>
            <translation>역전파용 보관</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="168" />
            <source>The module's path in the built network</source>
            <translation>만들어진 네트워크에서 모듈의 경로</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="169" />
            <source>What the row is</source>
            <translation>이 행이 무엇인지</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="170" />
            <source>The dense block the row belongs to (a transition follows its block)</source>
            <translation>이 행이 속한 밀집 블록 (전이 층은 자기 블록 뒤에 옵니다)</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="171" />
            <source>Feature maps a layer receives: the block's k₀ plus k from each earlier layer</source>
            <translation>층이 받는 특징 맵: 블록의 k₀에 앞선 각 층의 k를 더한 값</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="172" />
            <source>Feature maps the row produces (k for a dense layer, ⌊θ·m⌋ for a transition)</source>
            <translation>이 행이 만드는 특징 맵 (밀집 층은 k, 전이 층은 ⌊θ·m⌋)</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="173" />
            <source>Height × width of the output</source>
            <translation>출력의 높이 × 너비</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="174" />
            <source>Learnable parameters (weights and BatchNorm scales and shifts)</source>
            <translation>학습 가능한 파라미터 (가중치와 배치 정규화의 스케일, 시프트)</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="175" />
            <source>Multiply-adds for one image</source>
            <translation>이미지 한 장의 곱셈-누산 수</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="176" />
            <source>Activation memory autograd keeps for the backward pass, one image</source>
            <translation>autograd가 역전파를 위해 보관하는 활성값 메모리, 이미지 한 장</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="179" />
            <source>Convolution</source>
            <translation>합성곱</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="179" />
            <source>BatchNorm-ReLU</source>
            <translation>배치 정규화-ReLU</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="179" />
            <source>Pooling</source>
            <translation>풀링</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="180" />
            <source>Dense layer</source>
            <translation>밀집 층</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="180" />
            <source>Transition</source>
            <translation>전이 층</translation>
        </message>
        <message>
            <location filename="../../ui/models.py" line="181" />
            <source>Classifier</source>
            <translation>분류기</translation>
        </message>
    </context>
    <context>
        <name>LedgerView</name>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="37" />
            <source>Ledger</source>
            <translation>층별 채널 표</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="106" />
            <source>{rows} rows · {params} parameters ({m}) · {macs} multiply-adds · {conn} connections</source>
            <translation>{rows}행 · 파라미터 {params}개 ({m}) · 곱셈-누산 {macs} · 연결 {conn}개</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="152" />
            <source>Copied {n} rows as CSV</source>
            <translation>{n}행을 CSV로 복사했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="157" />
            <source>Saved the ledger to {path}</source>
            <translation>층별 채널 표를 {path}에 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="160" />
            <source>Export the ledger as CSV</source>
            <translation>층별 채널 표를 CSV로 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="161" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="166" />
            <source>Could not write {path}: {error}</source>
            <translation>{path}에 쓸 수 없습니다: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="171" />
            <source>Filter layers by name, e.g. denseblock2</source>
            <translation>이름으로 층 거르기, 예: denseblock2</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="172" />
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="173" />
            <source>Copy the selected rows (or all) as CSV (Ctrl+C)</source>
            <translation>선택한 행(없으면 전체)을 CSV로 복사 (Ctrl+C)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="174" />
            <source>Export CSV…</source>
            <translation>CSV 내보내기…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="175" />
            <source>Save the whole ledger as a CSV file</source>
            <translation>층별 채널 표 전체를 CSV 파일로 저장합니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/ledger_view.py" line="176" />
            <source>Copy rows</source>
            <translation>행 복사</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="147" />
            <source>{title} · {params} parameters</source>
            <translation>{title} · 파라미터 {params}개</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="156" />
            <source>torch ready</source>
            <translation>torch 준비됨</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="158" />
            <source>torch unavailable</source>
            <translation>torch 사용 불가</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>loading torch…</source>
            <translation>torch 불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <source>Some panels could not be loaded: {errors}</source>
            <translation>일부 패널을 불러오지 못했습니다: {errors}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>Could not open {path}: {error}</source>
            <translation>{path}을(를) 열 수 없습니다: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="181" />
            <source>Open config</source>
            <translation>설정 열기</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="184" />
            <source>Opened {path}</source>
            <translation>{path}을(를) 열었습니다</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="191" />
            <location filename="../../ui/main_window.py" line="256" />
            <source>Could not write {path}: {error}</source>
            <translation>{path}에 쓸 수 없습니다: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="195" />
            <source>Saved {path}</source>
            <translation>{path}에 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>Open a network config</source>
            <translation>네트워크 설정 열기</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>Config files (*.json);;All files (*)</source>
            <translation>설정 파일 (*.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="205" />
            <source>Save the network config</source>
            <translation>네트워크 설정 저장</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="206" />
            <source>Config files (*.json)</source>
            <translation>설정 파일 (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>ONNX export needs {packages}: {hint}</source>
            <translation>ONNX 내보내기에는 {packages}이(가) 필요합니다: {hint}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="224" />
            <source>Exporting {path} as ONNX…</source>
            <translation>{path}(으)로 ONNX 내보내는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="228" />
            <source>Saved {path} ({size:.1f} MiB)</source>
            <translation>{path}에 저장했습니다 ({size:.1f} MiB)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="230" />
            <source>ONNX export failed: {error}</source>
            <translation>ONNX 내보내기 실패: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="234" />
            <source>Export the network as ONNX</source>
            <translation>네트워크를 ONNX로 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="235" />
            <source>ONNX models (*.onnx)</source>
            <translation>ONNX 모델 (*.onnx)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="240" />
            <source>Export as ONNX</source>
            <translation>ONNX로 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="254" />
            <source>Saved {path} (PyTorch code; run it with python)</source>
            <translation>{path}에 저장했습니다 (PyTorch 코드; python으로 실행하세요)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="259" />
            <source>Export the network as PyTorch code</source>
            <translation>네트워크를 PyTorch 코드로 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="260" />
            <source>Python files (*.py)</source>
            <translation>Python 파일 (*.py)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="285" />
            <source>About DenseNet Explorer</source>
            <translation>DenseNet Explorer 정보</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="286" />
            <source>&lt;b&gt;DenseNet Explorer&lt;/b&gt;&lt;p&gt;See, tweak, train and explain densely connected convolutional networks. Every number in the window comes from the channel ledger, computed from the config alone; the real network is built only when you ask (Instantiate, torchinfo).&lt;/p&gt;</source>
            <translation>&lt;b&gt;DenseNet Explorer&lt;/b&gt;&lt;p&gt;밀집 연결 합성곱 신경망을 보고, 바꾸고, 학습하고, 설명합니다. 창의 모든 숫자는 설정만으로 계산한 층별 채널 표에서 나오며, 실제 네트워크는 요청할 때만 만듭니다 (인스턴스화, torchinfo).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="291" />
            <source>About Qt</source>
            <translation>Qt 정보</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="295" />
            <source>Cite the paper</source>
            <translation>논문 인용</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="296" />
            <source>Gao Huang, Zhuang Liu, Laurens van der Maaten, Kilian Q. Weinberger. Densely Connected Convolutional Networks. CVPR 2017.</source>
            <translation>Gao Huang, Zhuang Liu, Laurens van der Maaten, Kilian Q. Weinberger. Densely Connected Convolutional Networks. CVPR 2017.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>Copy BibTeX</source>
            <translation>BibTeX 복사</translation>
        </message>
    </context>
    <context>
        <name>NetworkShare</name>
        <message>
            <location filename="../../ui/share.py" line="41" />
            <source>Copied {title} to the clipboard as text: Edit → Paste network (or explorer … --config -) reads it back</source>
            <translation>{title}을(를) 텍스트로 클립보드에 복사했습니다: 편집 → 네트워크 붙여넣기(또는 explorer … --config -)로 다시 읽습니다</translation>
        </message>
        <message>
            <location filename="../../ui/share.py" line="51" />
            <source>The clipboard holds no text: copy a network first (Edit → Copy network)</source>
            <translation>클립보드에 텍스트가 없습니다: 먼저 네트워크를 복사하세요 (편집 → 네트워크 복사)</translation>
        </message>
        <message>
            <location filename="../../ui/share.py" line="59" />
            <source>The clipboard holds this network already: {title}</source>
            <translation>클립보드의 네트워크가 이미 지금의 네트워크입니다: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/share.py" line="63" />
            <source>Pasted {title}</source>
            <translation>{title}을(를) 붙여 넣었습니다</translation>
        </message>
        <message>
            <location filename="../../ui/share.py" line="67" />
            <source>Could not paste a network: {error}</source>
            <translation>네트워크를 붙여 넣을 수 없습니다: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/share.py" line="70" />
            <source>Paste network</source>
            <translation>네트워크 붙여넣기</translation>
        </message>
        <message>
            <location filename="../../ui/share.py" line="71" />
            <source>The clipboard holds no network; the window's network is unchanged.</source>
            <translation>클립보드에 네트워크가 없습니다. 창의 네트워크는 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/share.py" line="83" />
            <source>The QR code needs the segno package ({error})</source>
            <translation>QR 코드를 만들려면 segno 패키지가 필요합니다 ({error})</translation>
        </message>
        <message>
            <location filename="../../ui/share.py" line="91" />
            <source>{title} is too long a text for a QR code; use Edit → Copy network</source>
            <translation>{title}의 텍스트는 QR 코드에 담기에 너무 깁니다. 편집 → 네트워크 복사를 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>PaperPlot</name>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="66" />
            <source>Paper</source>
            <translation>논문</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="211" />
            <source>Parameters (millions, log scale)</source>
            <translation>파라미터 (백만 개, 로그 눈금)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="213" />
            <source>Top-1</source>
            <translation>상위-1</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="213" />
            <source>Top-5</source>
            <translation>상위-5</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="214" />
            <source>{which} error (%)</source>
            <translation>{which} 오류율 (%)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="215" />
            <source>ImageNet validation set, single 224×224 crop. The paper's DenseNets (Huang et al. 2017, Table 3) and torchvision's published weights (error = 100 − accuracy); hover a point for its numbers.</source>
            <translation>ImageNet 검증 세트, 224×224 단일 크롭. 논문의 DenseNet (Huang et al. 2017, 표 3)과 torchvision이 공개한 가중치 (오류율 = 100 − 정확도). 점에 마우스를 올리면 수치가 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="219" />
            <source>Test error (%), {column}</source>
            <translation>테스트 오류율 (%), {column}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="220" />
            <source>{help}. Huang et al. 2017, Table 2; hover a point for its method; * run by the DenseNet authors.</source>
            <translation>{help}. Huang 외 2017, 표 2; 점에 마우스를 올리면 방법 이름이 보입니다; *는 DenseNet 저자들이 실행한 결과.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="312" />
            <source>Export as PNG…</source>
            <translation>PNG로 내보내기…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="312" />
            <source>Export as SVG…</source>
            <translation>SVG로 내보내기…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="313" />
            <source>Export the points as CSV…</source>
            <translation>점 데이터를 CSV로 내보내기…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="321" />
            <source>PNG image (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="321" />
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 그림 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="322" />
            <source>CSV table (*.csv)</source>
            <translation>CSV 표 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="326" />
            <source>Export the paper plot</source>
            <translation>논문 그래프 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="336" />
            <source>{path}: choose a .png, .svg or .csv file</source>
            <translation>{path}: .png, .svg 또는 .csv 파일을 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="344" />
            <source>Not written: {reason}</source>
            <translation>저장하지 못했습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="346" />
            <source>Plot written to {path}</source>
            <translation>그래프를 {path}에 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="362" />
            <source>DenseNet Explorer: the paper plot</source>
            <translation>DenseNet Explorer: 논문 그래프</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="382" />
            <source>this network: {params}</source>
            <translation>이 네트워크: {params}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="391" />
            <source>Column:</source>
            <translation>열:</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="392" />
            <source>Which column of the paper's tables to plot: CIFAR/SVHN (Table 2) or ImageNet (Table 3, with torchvision's weights)</source>
            <translation>그래프로 볼 논문 표의 열: CIFAR/SVHN (표 2) 또는 ImageNet (표 3, torchvision 가중치와 함께)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="394" />
            <source>ImageNet top-1</source>
            <translation>ImageNet 상위-1</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="394" />
            <source>ImageNet top-5</source>
            <translation>ImageNet 상위-5</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="397" />
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_plot.py" line="398" />
            <source>Save the plot as PNG or SVG, or its points as CSV (also on right-click)</source>
            <translation>그래프를 PNG나 SVG로, 점 데이터를 CSV로 저장합니다 (오른쪽 클릭으로도 됩니다)</translation>
        </message>
    </context>
    <context>
        <name>PaperTexts</name>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="22" />
            <source>DenseNet-BC</source>
            <translation>DenseNet-BC</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="22" />
            <source>DenseNet</source>
            <translation>DenseNet</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="23" />
            <source>Wide ResNet</source>
            <translation>와이드 ResNet</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="23" />
            <source>Pre-activation ResNet</source>
            <translation>사전 활성화 ResNet</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="24" />
            <source>ResNet, stochastic depth</source>
            <translation>ResNet, 확률적 깊이</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="24" />
            <source>ResNet</source>
            <translation>ResNet</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="25" />
            <source>FractalNet</source>
            <translation>FractalNet</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="26" />
            <source>DenseNet, the paper (Table 3)</source>
            <translation>DenseNet, 논문 (표 3)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="27" />
            <source>DenseNet, torchvision's weights</source>
            <translation>DenseNet, torchvision 가중치</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="28" />
            <source>ResNet, torchvision's weights</source>
            <translation>ResNet, torchvision 가중치</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="35" />
            <source>top-1</source>
            <translation>상위-1</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="35" />
            <source>top-5</source>
            <translation>상위-5</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="39" />
            <source>{method} (k = 32), the paper's Table 3
{params}M parameters, {error:.2f}% {top} error (single crop; 10-crop: {ten:.2f}%)</source>
            <translation>{method} (k = 32), 논문의 표 3
파라미터 {params}M, {top} 오류율 {error:.2f}% (단일 크롭; 10-크롭: {ten:.2f}%)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="44" />
            <source>{method}, torchvision's weights ({weights})
{params}M parameters, {error:.2f}% {top} error (100 − its published accuracy)</source>
            <translation>{method}, torchvision 가중치 ({weights})
파라미터 {params}M, {top} 오류율 {error:.2f}% (100 − 공개된 정확도)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="50" />
            <source>{method} (torchvision)</source>
            <translation>{method} (torchvision)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="55" />
            <source> (* run by the DenseNet authors)</source>
            <translation> (*는 DenseNet 저자들이 실행한 결과)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="56" />
            <source>{method}
{params:g}M parameters, {error:.2f}% error on {column}{star}</source>
            <translation>{method}
파라미터 {params:g}M, {column} 오류율 {error:.2f}%{star}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="68" />
            <source>CIFAR-10, no augmentation</source>
            <translation>CIFAR-10, 데이터 증강 없음</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="69" />
            <source>CIFAR-10 with standard augmentation (translation, mirroring)</source>
            <translation>CIFAR-10, 표준 데이터 증강 (이동, 좌우 반전)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="70" />
            <source>CIFAR-100, no augmentation</source>
            <translation>CIFAR-100, 데이터 증강 없음</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="71" />
            <source>CIFAR-100 with standard augmentation</source>
            <translation>CIFAR-100, 표준 데이터 증강</translation>
        </message>
        <message>
            <location filename="../../ui/panels/paper_texts.py" line="72" />
            <source>Street View House Numbers</source>
            <translation>Street View House Numbers (거리 번지수)</translation>
        </message>
    </context>
    <context>
        <name>QrDialog</name>
        <message>
            <location filename="../../ui/qr_dialog.py" line="113" />
            <source>Network as a QR code</source>
            <translation>네트워크 QR 코드</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="115" />
            <source>&amp;Copy image</source>
            <translation>이미지 복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="116" />
            <source>&amp;Save PNG…</source>
            <translation>PNG로 저장(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="117" />
            <source>Scan it with a phone: the text below, which Edit → Paste network (or explorer … --config -) reads back</source>
            <translation>휴대폰으로 스캔하세요: 아래의 텍스트가 담겨 있고, 편집 → 네트워크 붙여넣기(또는 explorer … --config -)로 다시 읽습니다</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="121" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="134" />
            <source>Copied the QR code of {title} as an image</source>
            <translation>{title}의 QR 코드를 이미지로 복사했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="141" />
            <source>Qt could not encode the image as PNG</source>
            <translation>Qt가 이미지를 PNG로 인코딩하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="144" />
            <source>Could not write {path}: {error}</source>
            <translation>{path}에 쓸 수 없습니다: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="146" />
            <source>Saved {path}</source>
            <translation>{path}에 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="150" />
            <source>Save the QR code as PNG</source>
            <translation>QR 코드를 PNG로 저장</translation>
        </message>
        <message>
            <location filename="../../ui/qr_dialog.py" line="151" />
            <source>PNG images (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>TorchinfoView</name>
        <message>
            <location filename="../../ui/panels/torchinfo_view.py" line="34" />
            <source>torchinfo</source>
            <translation>torchinfo</translation>
        </message>
        <message>
            <location filename="../../ui/panels/torchinfo_view.py" line="115" />
            <source>Loading torch in the background…</source>
            <translation>백그라운드에서 torch를 불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/torchinfo_view.py" line="116" />
            <source>Building the network and running torchinfo…</source>
            <translation>네트워크를 만들고 torchinfo를 실행하는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/torchinfo_view.py" line="117" />
            <source>Summary of {title}</source>
            <translation>{title} 요약</translation>
        </message>
        <message>
            <location filename="../../ui/panels/torchinfo_view.py" line="119" />
            <source>torchinfo failed: {error}</source>
            <translation>torchinfo 실패: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/torchinfo_view.py" line="133" />
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <location filename="../../ui/panels/torchinfo_view.py" line="134" />
            <source>Build the current network and summarise it with torchinfo</source>
            <translation>현재 네트워크를 만들어 torchinfo로 요약합니다</translation>
        </message>
        <message>
            <location filename="../../ui/panels/torchinfo_view.py" line="135" />
            <source>Follow changes</source>
            <translation>변경 따라가기</translation>
        </message>
        <message>
            <location filename="../../ui/panels/torchinfo_view.py" line="136" />
            <source>Summarise again shortly after each change of the network</source>
            <translation>네트워크가 바뀔 때마다 잠시 뒤 다시 요약합니다</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <location filename="../../ui/window_menus.py" line="186" />
            <source>&amp;Resume</source>
            <translation>재개(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="186" />
            <source>&amp;Pause</source>
            <translation>일시 정지(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="194" />
            <source>{action} is not available now</source>
            <translation>지금은 {action}을(를) 할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="215" />
            <source>&amp;Undo {change}</source>
            <translation>실행 취소(&amp;U): {change}</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="215" />
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="220" />
            <source>&amp;Redo {change}</source>
            <translation>다시 실행(&amp;R): {change}</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="220" />
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="223" />
            <source>&amp;Open config…</source>
            <translation>설정 열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="223" />
            <source>&amp;Save config…</source>
            <translation>설정 저장(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="224" />
            <source>Open &amp;lesson…</source>
            <translation>단원 열기(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="225" />
            <source>Config as &amp;JSON…</source>
            <translation>설정을 JSON으로(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="226" />
            <source>Ledger as &amp;CSV…</source>
            <translation>층별 채널 표를 CSV로(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="226" />
            <source>Diagram as &amp;PNG…</source>
            <translation>다이어그램을 PNG로(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="227" />
            <source>Diagram as &amp;SVG…</source>
            <translation>다이어그램을 SVG로(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="227" />
            <source>Network as &amp;ONNX…</source>
            <translation>네트워크를 ONNX로(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="228" />
            <source>Network as P&amp;yTorch code…</source>
            <translation>네트워크를 PyTorch 코드로(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="229" />
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="229" />
            <source>&amp;Copy network</source>
            <translation>네트워크 복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="230" />
            <source>&amp;Paste network</source>
            <translation>네트워크 붙여넣기(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="230" />
            <source>Show network as &amp;QR code…</source>
            <translation>네트워크를 QR 코드로 보기(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="231" />
            <source>Zoom &amp;in</source>
            <translation>확대(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="231" />
            <source>Zoom &amp;out</source>
            <translation>축소(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="232" />
            <source>&amp;Fit the diagram</source>
            <translation>다이어그램 맞추기(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="232" />
            <source>&amp;Reset the layout</source>
            <translation>배치 초기화(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="233" />
            <source>&amp;About DenseNet Explorer</source>
            <translation>DenseNet Explorer 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="233" />
            <source>&amp;Cite the paper…</source>
            <translation>논문 인용(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="234" />
            <source>About &amp;Qt</source>
            <translation>Qt 정보(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="234" />
            <source>&amp;Maximise the current panel</source>
            <translation>현재 패널 최대화(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="235" />
            <source>&amp;Presenter mode (full screen, larger text)</source>
            <translation>발표자 모드 (전체 화면, 큰 글자)(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="236" />
            <source>&amp;Train</source>
            <translation>학습(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="236" />
            <source>&amp;Stop</source>
            <translation>중지(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="237" />
            <source>DenseNet in &amp;5 minutes</source>
            <translation>5분 만에 보는 DenseNet(&amp;5)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="237" />
            <source>Dense &amp;block animation</source>
            <translation>밀집 블록 애니메이션(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="245" />
            <source>Build the network and save it as ONNX (opens in Netron); needs the optional onnx extra</source>
            <translation>네트워크를 만들어 ONNX로 저장합니다 (Netron에서 열림). 선택 패키지 onnx가 필요합니다</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="248" />
            <source>One Python file that defines this network with torch alone, its config inside; run, it prints the parameter count and one forward pass</source>
            <translation>torch만으로 이 네트워크를 정의하는 Python 파일 하나(설정 포함). 실행하면 파라미터 수와 순전파 한 번의 결과를 출력합니다</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="250" />
            <source>The network as one line of text (its config JSON), for a chat, a file or explorer … --config -</source>
            <translation>네트워크를 한 줄 텍스트(설정 JSON)로 복사합니다: 채팅, 파일, explorer … --config - 에 씁니다</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="252" />
            <source>The panel with the keyboard focus fills the window; again to go back (or double-click a panel's title)</source>
            <translation>키보드 포커스가 있는 패널이 창 전체를 채웁니다. 한 번 더 누르면 원래대로 돌아갑니다 (패널 제목을 두 번 클릭해도 됩니다)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="254" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="254" />
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="255" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="255" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="256" />
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="256" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="257" />
            <source>Maximise &amp;panel</source>
            <translation>패널 최대화(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="258" />
            <source>Presenter &amp;scale</source>
            <translation>발표자 모드 배율(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="258" />
            <source>&amp;Run</source>
            <translation>실행(&amp;R)</translation>
        </message>
    </context>
</TS>
