<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>FeatureMapsTab</name>
    <message>
        <location filename="../../ui/panels/inference_maps_tab.py" line="101"/>
        <source>Input of {name}: the concatenation of the block input and every earlier layer&apos;s maps, {formula} channels (framed by source).</source>
        <translation>{name}의 입력: 블록 입력과 앞선 모든 층의 특징 맵을 이어 붙인 것, {formula}개 채널 (출처별 테두리 색).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_maps_tab.py" line="107"/>
        <source>Output of {name}: {c} maps of {h}×{w}</source>
        <translation>{name}의 출력: {h}×{w} 특징 맵 {c}개</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_maps_tab.py" line="117"/>
        <source>Click a map to enlarge it.</source>
        <translation>특징 맵을 클릭하면 크게 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_maps_tab.py" line="129"/>
        <source>{layer}, input channel {c} of {n}: from {source} (its map {j} of {m}); {h}×{w}, values {lo:.3g} to {hi:.3g}</source>
        <translation>{layer}, 입력 채널 {c}/{n}: {source}에서 온 맵 ({j}/{m}번째); {h}×{w}, 값 {lo:.3g} ~ {hi:.3g}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_maps_tab.py" line="134"/>
        <source>{layer}, output channel {c} of {n}; {h}×{w}, values {lo:.3g} to {hi:.3g}</source>
        <translation>{layer}, 출력 채널 {c}/{n}; {h}×{w}, 값 {lo:.3g} ~ {hi:.3g}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_maps_tab.py" line="139"/>
        <source>La&amp;yer:</source>
        <translation>층(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_maps_tab.py" line="140"/>
        <source>Show a dense layer&apos;s input, by source</source>
        <translation>밀집 층의 입력을 출처별로 보기</translation>
    </message>
</context>
<context>
    <name>GradCamTab</name>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="117"/>
        <location filename="../../ui/panels/inference_tabs.py" line="144"/>
        <source>Predicted class</source>
        <translation>예측된 클래스</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="132"/>
        <source>Grad-CAM for “{label}” (p = {p:.1%}), from the last feature maps; opacity {o}%</source>
        <translation>“{label}”에 대한 Grad-CAM (p = {p:.1%}), 마지막 특징 맵 기준; 불투명도 {o}%</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="137"/>
        <source>&amp;Class:</source>
        <translation>클래스(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="138"/>
        <source>&amp;Opacity:</source>
        <translation>불투명도(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="139"/>
        <source>What the network saw</source>
        <translation>네트워크가 본 이미지</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="140"/>
        <source>Grad-CAM over it</source>
        <translation>그 위에 겹친 Grad-CAM</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="141"/>
        <source>Grad-CAM, relative to its maximum</source>
        <translation>Grad-CAM (최댓값 대비)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="142"/>
        <source>0 (none)</source>
        <translation>0 (없음)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="142"/>
        <source>1 (most)</source>
        <translation>1 (최대)</translation>
    </message>
</context>
<context>
    <name>InferencePanel</name>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="56"/>
        <source>Inference</source>
        <translation>추론</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="191"/>
        <source>ImageNet weights file</source>
        <translation>ImageNet 가중치 파일</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="192"/>
        <source>PyTorch weights (*.pth *.pt);;All files (*)</source>
        <translation>PyTorch 가중치 (*.pth *.pt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="195"/>
        <source>Weights file: {path}</source>
        <translation>가중치 파일: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="205"/>
        <source>No network has been trained in the app yet.</source>
        <translation>앱에서 학습한 네트워크가 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="211"/>
        <source>Open a checkpoint</source>
        <translation>체크포인트 열기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="212"/>
        <source>Checkpoints (*.pt *.pth);;All files (*)</source>
        <translation>체크포인트 (*.pt *.pth);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="221"/>
        <source>Loading the network…</source>
        <translation>네트워크를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="226"/>
        <source>Loaded {source}: {n} classes, input {size}×{size}</source>
        <translation>{source} 불러옴: 클래스 {n}개, 입력 {size}×{size}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="249"/>
        <source>Open an image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="250"/>
        <source>Images ({patterns});;All files (*)</source>
        <translation>이미지 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="260"/>
        <source>Refused: {error}</source>
        <translation>열 수 없음: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="268"/>
        <source>Opened {name}. Load a network to see its prediction.</source>
        <translation>{name}을(를) 열었습니다. 예측을 보려면 네트워크를 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="271"/>
        <source>Opened {name}.</source>
        <translation>{name}을(를) 열었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="292"/>
        <source>{name} has no feature maps to show in this network.</source>
        <translation>{name}에는 이 네트워크에서 보여 줄 특징 맵이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="380"/>
        <source>Network: {source} · {n} classes · input {size}×{size} · {layout}</source>
        <translation>네트워크: {source} · 클래스 {n}개 · 입력 {size}×{size} · {layout}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="382"/>
        <location filename="../../ui/panels/inference_panel.py" line="390"/>
        <source>contiguous layout</source>
        <translation>연속(NCHW) 메모리 배치</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="390"/>
        <source>channels_last</source>
        <translation>channels_last 메모리 배치</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="393"/>
        <source>level here</source>
        <translation>이 기기에서 차이 없음</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="395"/>
        <source>{x}× faster here</source>
        <translation>이 기기에서 {x}배 빠름</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="397"/>
        <source>{x}× slower here</source>
        <translation>이 기기에서 {x}배 느림</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="399"/>
        <source>channels_last ({worth})</source>
        <translation>channels_last 메모리 배치 ({worth})</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="400"/>
        <source>contiguous layout (channels_last {worth})</source>
        <translation>연속(NCHW) 메모리 배치 (channels_last는 {worth})</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="404"/>
        <source>Memory format chosen, not measured.</source>
        <translation>메모리 배치를 직접 선택했습니다(측정하지 않음).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="406"/>
        <source>Memory format measured on this network and device: batch-1 forward passes, contiguous and channels_last interleaved; channels_last against contiguous, median of {n} rounds {x}×, range {lo}–{hi}×. The faster one (by the median) is used.</source>
        <translation>이 네트워크와 기기에서 측정한 메모리 배치: 배치 크기 1의 순전파를 연속 배치와 channels_last로 번갈아 실행했습니다. 연속 배치 대비 channels_last는 {n}회 라운드의 중앙값 {x}배, 범위 {lo}–{hi}배입니다. 중앙값 기준으로 더 빠른 쪽을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="421"/>
        <source>&amp;Network:</source>
        <translation>네트워크(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="422"/>
        <source>Weights file…</source>
        <translation>가중치 파일…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="423"/>
        <source>Use a torchvision weights file (.pth) instead of torch hub&apos;s cache</source>
        <translation>torch 허브 캐시 대신 torchvision 가중치 파일(.pth)을 사용합니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="424"/>
        <source>Download if missing</source>
        <translation>없으면 내려받기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="425"/>
        <source>Fetch torchvision&apos;s ImageNet weights into torch hub&apos;s cache (online)</source>
        <translation>torchvision의 ImageNet 가중치를 torch 허브 캐시로 내려받습니다 (온라인)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="426"/>
        <source>&amp;Load</source>
        <translation>불러오기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="427"/>
        <source>&amp;Image:</source>
        <translation>이미지(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="428"/>
        <source>Open image…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="429"/>
        <source>Or drop an image file on this panel</source>
        <translation>이미지 파일을 이 패널에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="430"/>
        <source>Top-&amp;k:</source>
        <translation>상위 &amp;k:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="431"/>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="431"/>
        <source>Feature maps</source>
        <translation>특징 맵</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="431"/>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="432"/>
        <source>Feature reuse</source>
        <translation>특징 재사용</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_panel.py" line="437"/>
        <source>Load a network (trained in the app, a checkpoint, or ImageNet weights) and open an image, or drop one here.</source>
        <translation>네트워크(앱에서 학습한 것, 체크포인트, ImageNet 가중치)를 불러오고 이미지를 열거나 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="24"/>
        <source>block input</source>
        <translation>블록 입력</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="25"/>
        <source>layer {n}</source>
        <translation>층 {n}</translation>
    </message>
</context>
<context>
    <name>PredictionTab</name>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="45"/>
        <location filename="../../ui/panels/inference_tabs.py" line="55"/>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="55"/>
        <source>Resize</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="56"/>
        <source>Centre crop</source>
        <translation>중앙 자르기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="56"/>
        <source>Normalise</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="61"/>
        <source>Top {k}: {label} ({p:.1f}%)</source>
        <translation>상위 {k}개: {label} ({p:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="65"/>
        <source>Probability</source>
        <translation>확률</translation>
    </message>
</context>
<context>
    <name>ReuseTab</name>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="180"/>
        <source>Dense block {b} ({n} layers)</source>
        <translation>밀집 블록 {b} ({n}개 층)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="186"/>
        <source>Mean absolute weight each target layer gives to the feature maps of each source layer, normalised per target (the paper&apos;s Figure 5). Computed from the weights alone. Colour: dark purple 0 to yellow 1 (the target&apos;s strongest source); grey: no connection.</source>
        <translation>각 대상 층이 각 출처 층의 특징 맵에 주는 가중치 절댓값의 평균을 대상 층마다 정규화한 것입니다 (논문의 그림 5). 가중치만으로 계산합니다. 색: 진한 보라 0부터 노랑 1까지 (대상 층이 가장 많이 쓰는 출처); 회색: 연결 없음.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="196"/>
        <source>classifier</source>
        <translation>분류기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="196"/>
        <source>transition {b}</source>
        <translation>전이 층 {b}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="200"/>
        <source>cls</source>
        <translation>분류기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="200"/>
        <source>T{b}</source>
        <translation>전이{b}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="202"/>
        <source>in</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="203"/>
        <source>Source layer (s)</source>
        <translation>출처 층 (s)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="204"/>
        <source>Target layer (ℓ)</source>
        <translation>대상 층 (ℓ)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="208"/>
        <source>&amp;Block:</source>
        <translation>블록(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_tabs.py" line="209"/>
        <source>Mean |weight| ÷ the target&apos;s largest</source>
        <translation>평균 |가중치| ÷ 대상 층의 최댓값</translation>
    </message>
</context>
<context>
    <name>SampleCombo</name>
    <message>
        <location filename="../../ui/panels/inference_sources.py" line="74"/>
        <source>Choose a sample image…</source>
        <translation>샘플 이미지 선택…</translation>
    </message>
</context>
<context>
    <name>SourceCombo</name>
    <message>
        <location filename="../../ui/panels/inference_sources.py" line="27"/>
        <source>Network trained in the app</source>
        <translation>앱에서 학습한 네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_sources.py" line="28"/>
        <source>Checkpoint file…</source>
        <translation>체크포인트 파일…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_sources.py" line="30"/>
        <source>ImageNet-pretrained {name} (torchvision)</source>
        <translation>ImageNet 사전 학습 {name} (torchvision)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_sources.py" line="32"/>
        <source>Current network, untrained (random weights)</source>
        <translation>현재 네트워크, 학습 전 (무작위 가중치)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/inference_sources.py" line="36"/>
        <source>Train a network in the Training panel first</source>
        <translation>먼저 학습 패널에서 네트워크를 학습하세요</translation>
    </message>
</context>
</TS>
